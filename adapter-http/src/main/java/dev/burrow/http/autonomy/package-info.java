/** {@code /api/users/{id}/signal_autonomy/}: a user's signal autonomy settings. */
package dev.burrow.http.autonomy;
