/** Dashboards, which the host owns; burrow only refers to them. */
package dev.burrow.domain.dashboard;
