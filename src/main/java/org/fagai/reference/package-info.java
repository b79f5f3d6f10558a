/**
 * The national code tables: GB/T 2260 regions (with the platform's own region tree) and GB/T 4754-2017 industries.
 * Its API: {@link org.fagai.reference.RegionDirectory} and {@link org.fagai.reference.IndustryDirectory}.
 */
package org.fagai.reference;
