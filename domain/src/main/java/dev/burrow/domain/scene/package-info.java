/** Scene personalisation: which dashboard a user sees on a scene of the app. */
package dev.burrow.domain.scene;
