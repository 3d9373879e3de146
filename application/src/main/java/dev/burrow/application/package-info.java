/**
 * Use cases and ports: what burrow does, in the words of its users, and what it needs from the world around it.
 * Each slice publishes its inbound use cases and outbound ports; services stay package-private behind one factory
 * per slice.
 */
package dev.burrow.application;
