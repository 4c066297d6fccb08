/**
 * The administrative tree: county → township → village or community, each with its 12-digit
 * statistical division code (2 province, 2 city, 2 county, 3 township, 3 village digits).
 *
 * <p>Because the code is hierarchical, "inside a region" is a prefix test: a county covers every
 * code that starts with its first 6 digits, a township every code that starts with its first 9.
 * {@link org.yangguang.region.RegionScope} carries that prefix into queries.
 */
package org.yangguang.region;
