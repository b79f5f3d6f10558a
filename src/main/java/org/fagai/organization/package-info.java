/**
 * Departments, users, roles and region data scope, and the platform's security (sign-in, lockout, sessions).
 * Its API: {@link org.fagai.organization.CurrentUser} for the signed-in user and {@link org.fagai.organization.UserDirectory};
 * {@link org.fagai.organization.ActingUsers} for jobs that work on each user's behalf.
 */
package org.fagai.organization;
