/** Authentication and scope checks: the one door every route goes through. */
package dev.burrow.http.auth;
