/**
 * The mail adapter: {@link dev.burrow.mail.SmtpMailer} delivers through a mail server, {@link
 * dev.burrow.mail.LoggingMailer} stands in when none is configured (and says so, so flows take their no-mail
 * path).
 */
package dev.burrow.mail;
