/** Scene personalisation: the ports for the dashboards users pin to scenes. */
package dev.burrow.application.scene;
