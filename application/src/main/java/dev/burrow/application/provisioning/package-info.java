/** Setting burrow up: the operator's use cases behind the admin commands and the first start. */
package dev.burrow.application.provisioning;
