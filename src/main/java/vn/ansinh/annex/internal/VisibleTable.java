package vn.ansinh.annex.internal;

import vn.ansinh.annex.AnnexTableDefinition;

/**
 * A table's definition cut to what a scope sees; complete when every row of the table is in it,
 * so that its printed total row is about rows the user can see.
 */
record VisibleTable(AnnexTableDefinition definition, boolean complete) {
}
