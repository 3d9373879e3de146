/** Scene personalisations in the {@code scene_personalisations} table. */
package dev.burrow.jdbc.scene;
