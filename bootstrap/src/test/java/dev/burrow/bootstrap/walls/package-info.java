/** Classes that break the architecture's walls on purpose, to show that {@code ArchitectureTest}'s rules can fail. */
package dev.burrow.bootstrap.walls;
