/**
 * Not part of avec's API: what the packages of avec share with each other (reading and writing amounts in minor
 * units). The module {@code org.avec} does not export it; on the class path it is reachable, but its members may
 * change in any release without notice. Use {@link org.avec} and {@link org.avec.indicators}.
 */
package org.avec.internal;
