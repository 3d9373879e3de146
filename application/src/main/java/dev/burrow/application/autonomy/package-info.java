/** Signal autonomy: the per-user settings and who may read and change them. */
package dev.burrow.application.autonomy;
