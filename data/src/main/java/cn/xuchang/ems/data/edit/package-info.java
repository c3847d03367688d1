/**
 * Editing stored resources: {@link cn.xuchang.ems.data.edit.ResourceEdit} (add, update, delete with
 * their inverses), {@link cn.xuchang.ems.data.edit.EditHistory} (each edit committed at once, undo
 * and redo that refuse to overwrite later changes) and {@link cn.xuchang.ems.data.edit.AttributeChange}
 * (typed attribute edits parsed the way imports parse them). The attribute table and the map's edit
 * tools build on these.
 */
package cn.xuchang.ems.data.edit;
