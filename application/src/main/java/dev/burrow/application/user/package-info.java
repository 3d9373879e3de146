/**
 * The user slice: reading users (the lookup rules, the user object, the list) and changing them, one small service
 * per use case, each taking typed commands ({@link dev.burrow.application.user.UserPatch} of
 * {@link dev.burrow.application.user.FieldValue}s, never JSON) and enforcing every rule that protects the user.
 */
package dev.burrow.application.user;
