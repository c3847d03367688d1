/**
 * Layers as plain model objects: projected features with their spatial index and the user's display
 * settings; {@link cn.xuchang.ems.map.layer.LayerStack} keeps them in drawing order. No drawing here.
 */
package cn.xuchang.ems.map.layer;
