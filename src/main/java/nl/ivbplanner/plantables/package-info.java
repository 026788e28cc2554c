/**
 * What the budget and formation editors share: a plan's tables of lines, which users list, add, rename, remove and
 * fill line by line in the same way. The {@code budget} and {@code formation} packages say what a line holds.
 */
package nl.ivbplanner.plantables;
