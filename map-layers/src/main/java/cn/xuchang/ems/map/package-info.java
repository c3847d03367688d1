/** The map engine: viewport and projection, layers, styles, rendering, spatial index, analysis and routing. */
package cn.xuchang.ems.map;
