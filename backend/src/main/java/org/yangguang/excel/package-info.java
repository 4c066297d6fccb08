/**
 * Real spreadsheets for every export: a Chinese title row and header row, frozen panes, column
 * widths that fit, number and date formats, A4 landscape printing with the header rows repeated on
 * every page, streamed (SXSSF) so that size does not grow memory, and no cell ever read as a formula.
 */
package org.yangguang.excel;
