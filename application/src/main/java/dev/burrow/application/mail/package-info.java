/** The mail port: how burrow tells users about their account. */
package dev.burrow.application.mail;
