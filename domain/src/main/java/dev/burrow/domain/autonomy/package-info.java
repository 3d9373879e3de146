/** Signal autonomy: how far a user lets signals act on their own. */
package dev.burrow.domain.autonomy;
