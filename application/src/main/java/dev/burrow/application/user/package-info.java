/** Reading users: the lookup rules, the user object and the list. */
package dev.burrow.application.user;
