/**
 * Styles as data: one style file per layer (see {@code styles/README.md} in the resources), parsed
 * into immutable {@link cn.xuchang.ems.map.style.LayerStyle}s; bad files fail with file and line.
 */
package cn.xuchang.ems.map.style;
