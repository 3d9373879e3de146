/** Whether burrow can serve: the question an operator's load balancer asks. */
package dev.burrow.application.health;
