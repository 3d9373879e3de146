/** Limit/offset pagination with Django REST framework's links. */
package dev.burrow.http.pagination;
