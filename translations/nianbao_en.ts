<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nianbao::Archive</name>
    <message>
        <source>The archive holds no report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 as an archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive refers to a cell key it does not hold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 has no cell %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell value must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 of report %2 already holds this value, accepted by a reviewer; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 of report %2 already holds this value; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of report %2 is &quot;%3&quot; already; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 has no finding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has been opening the archive %1 for a minute and still holds %2; if no other Nianbao is running, delete that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recover what it holds, close Nianbao and run
  sqlite3 &quot;%1&quot; &quot;.recover&quot; | sqlite3 &quot;%2&quot;
then open %2 (nianbao --db &quot;%2&quot;); or go back to your last backup of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 failed its integrity check (%2). It was opened read-only: nothing will be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be opened (%2); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the change failed; nothing of it was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy of table %1 does not match its source (%2 rows, checksum %3; copied %4 rows, checksum %5): nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive cannot be moved onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 report(s) already: an archive is moved only into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report with the same content was being stored and then was not; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates from other reviewers need a team archive on PostgreSQL; %1 is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 is being reviewed by %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 was changed by another reviewer since it was opened; reload it and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who assigns the reports must be named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::BodyRegistry</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row names no column of body names (名称 or name); found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no rows: a header row, then one body a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no administrative division code (6, 9 or 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no level; write 国家级, 省级, 市级, 县级 or 乡镇 (or national, provincial, municipal, county, township)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no body name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the name or an alias of the body in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists no body below its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent body “%1” is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent bodies run in a circle back to this body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opened in line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than any registry of bodies (32 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook lacks its part %1, which every XLSX file has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is no XLSX workbook: it is not a complete ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet has a row past the last one a workbook can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet has a cell with the bad reference “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet&apos;s cell %1 refers to a shared string the workbook lacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::DocumentFormat</name>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::DocumentReader</name>
    <message>
        <source>the file is %1, more than the %2 a report may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files cannot be read by this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file: it was skipped without being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a device, not a file: it was skipped without being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a socket, not a file: it was skipped without being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a link that leads in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than the %1 a report may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of the file is larger than a report&apos;s table can be (more than %1 columns or %2 cells, or a cell placed past its last column): the cells past that were left out. Check the table against the original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::DocxBody</name>
    <message>
        <source>the Word document&apos;s text is damaged (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table row of the Word document skips %1 columns (w:gridBefore), more than a table has: its cells were placed from the row&apos;s start. Check the row against the original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::DocxDocumentReader</name>
    <message>
        <source>the file is a ZIP archive but not a Word .docx document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an Office document but not a Word document (a spreadsheet or a presentation?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Export</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load libxlsxwriter for XLSX files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed libxlsxwriter lacks a function Nianbao needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the codebook %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns are more than a sheet holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more rows than one sheet holds (%L1): export CSV or JSON, or take fewer reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a workbook at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder: give the name of a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is %1, not a file: an export is written to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the archive being exported (%1): writing the export there would destroy it; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1 free on %2): nothing was written; free some space and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder beside the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder beside the output: its lock file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ExportOptions</name>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ExternalTool</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took longer than %2 seconds and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Extractor</name>
    <message>
        <source>no report formats are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statistical tables found: none of tables 2, 3 and 4 of an annual report is in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures: the statistical tables are there but every cell is blank (a blank form, not a filled-in report)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Finding</name>
    <message>
        <source>Table %1 (%2) was not found in the report: its cells are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” was not found in the report: its cells are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” was not found by its label; the figures printed after row “%2” were taken as its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row labelled “%1” stands where row “%2” belongs; its figures were taken as those of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” prints %2 figures for %3 columns; which cells they belong to is uncertain, so the cells concerned are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” prints %2 figures for %3 columns; the cells whose figure is uncertain are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of row “%1” run together (“%2”) and %3 readings fit, e.g. %4: the cells concerned are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of row “%1” run together (“%2”); only one split fits the row&apos;s totals and was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of row “%1” (“%2”) admit several readings; only one fits %3, and it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of “%1” are printed apart from their figures; the figures were read in the table&apos;s row order, and every total of the table holds with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some labels of “%1” are printed apart from their figures, and the figures could not be placed with certainty: the cells are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” and the rows related to it by the tables&apos; totals admit too many readings to check them all: the cells concerned are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printed as “%1” was read as row “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places: the digits of a neighbouring cell may be glued on, so the value is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is printed in yuan; it was converted to %2 (10,000 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is printed as a single row, as the other official format prints it; its cells were read in that form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is printed item by item, as the other official format prints it; its cells were read in that form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of row “%1” prints “%2”, which is not a figure: the cell is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of “%1” are interleaved with its header words; their order is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables do not show which format the report uses; the %1 format was assumed from the year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the tables nor a year show which format the report uses; the %1 format was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was read by OCR or from a damaged text layer: every figure has reduced confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR is not sure of the figure it read as “%1”: check it against the scan; the other readings OCR saw are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3 ≠ %4 = %5; some of these figures were read with low confidence, so check the reading first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3 ≠ %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be checked for %2: %3 of the cells it needs are blank or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be checked: the previous report given is on %2, not on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: a count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: a count is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: this figure is a whole number (it may be negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: an amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: this amount has at most %3 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a valid figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row “%1” leaves %2 blank: a blank cell is not read as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells print %2 instead of a figure and were read as 0; some reports use these marks for “not applicable”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on %1 but its tables have the %2, which does not cover that year (the %3 does); it was read with the format its tables have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on %1 but its tables have the %2, which does not cover that year; it was read with the format its tables have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the subtotal the report prints, %2, ≠ the sum of its items, %3 (the subtotal is not an official cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtotals %1 could not be checked: %2 of their items are blank or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part “%1” states %2 (“%3”), but %4 is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part “%1” states %2 (“%3”), which could not be checked: %4 is blank or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part “%1” says “%2”, but %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part “%1” says “%2”, which could not be checked: %3 is blank or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s format “%1” is unknown: its figures were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of the %1 format cannot be used, so the report was not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of a character: it seems to have been cut short (an interrupted download or copy), and the end of the report may be missing. Compare the end with the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate: the text of this report is exactly that of report %1, stored from another file (the same report in another encoding, such as UTF-8 and GBK). Check that the dataset does not count it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 % the same as this body&apos;s own report for %3 (%4 shared passages): copied from the earlier year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 % the same as the report of %3 for %4 (%5 shared passages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 this year where the report for %3 had none; check the figure and the row it was put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none this year where the report for %2 had %3; check the figure and the row it was put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 this year against %3 in the report for %4, %5 times as many; check the figure (a unit, a digit too many?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 this year against %3 in the report for %4, only 1/%5 of it; check the figure (a unit, a digit lost?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing body was not found in the report: set the agency, so that the report can be placed among its body&apos;s years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the report covers was not found: set the year, so that the report can be compared with its body&apos;s other years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds this body&apos;s report for %1 more than once (also report %2): keep one (Details → Keep this one), so that datasets, charts and cross-year checks count it once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlCharset</name>
    <message>
        <source>The file seems to be truncated: it ends in the middle of a character, which was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares the character set %1, but its text is not in it; it was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlDocumentReader</name>
    <message>
        <source>the web page cannot be parsed as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web page holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page declares a document type of its own (an internal DTD); it was left out, and the entities it declares were not expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page nests elements more than %1 deep; %2 elements past that depth were read as if one level up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Importer</name>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report processing was set up for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the import stopped. Stored and safe in the archive: %1 file(s); not imported: %2 file(s). Free some space and run the same import again: the files already stored are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::LegacyWordDocumentReader</name>
    <message>
        <source>%1 files are read by converting them with LibreOffice, which is not installed. Install it (Debian: apt install libreoffice-writer-nogui), or open the file in Word or WPS and save it as .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder for the conversion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be copied for conversion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice could not convert the %1 file (is it damaged or protected by a password?)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from %1 to .docx with LibreOffice before reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Notice</name>
    <message>
        <source>%1, annual report for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (report %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to correct was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word document could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice on the annual report of government information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of your annual report found the problems listed below. Please correct them, or explain why the report is right, and publish the corrected report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::PdfDocumentReader</name>
    <message>
        <source>Tesseract OCR (Simplified Chinese) read the pages without a usable text layer: %1, with a mean confidence of %2%; check their figures against the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR reads at most %1 pages of a document; these were left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no usable text layer (it is scanned, or its fonts do not map to characters); %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have no usable text layer and were left out: %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::PdfFile</name>
    <message>
        <source>the PDF is damaged: its structure cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password to open; save a copy without the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ReportJson</name>
    <message>
        <source>the JSON object has no cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ReportProcessing</name>
    <message>
        <source>No report processing was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be processed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewSession</name>
    <message>
        <source>A reviewer name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made to report %1, not to report %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 of report %2 has no candidate reading %3 (it has %n).</source>
        <translation>
            <numerusform>Cell %1 of report %2 has no candidate reading %3 (it has %n).</numerusform>
            <numerusform>Cell %1 of report %2 has no candidate reading %3 (it has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The change names no cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 has no cell %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: a reviewer changed or accepted every cell it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 has no finding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change names no field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review status is set on its own, not as a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report %1 still has %n undecided error(s): confirm or dismiss each one before marking it reviewed, or override with a reason.</source>
        <translation>
            <numerusform>Report %1 still has %n undecided error: confirm or dismiss it before marking the report reviewed, or override with a reason.</numerusform>
            <numerusform>Report %1 still has %n undecided errors: confirm or dismiss each one before marking it reviewed, or override with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change names no finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 has no agency or no year: there is no other report of its body and year to set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewStatus</name>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::RuleCompiler</name>
    <message>
        <source>there is no cell &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no narrative part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a narrative part of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; has no group (?&lt;n&gt;…) for the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the narrative rules have more than %1 keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs cell_label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it accepts no sum of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no zero marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subtotal of &quot;%1&quot; totals cells the table does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule of kind &quot;%1&quot; has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1: two rules have the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown year &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term of %1 names no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a cross_year rule may use the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its side %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs lhs_label and rhs_label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for_each must be &quot;column&quot; or &quot;row&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it applies to no row or column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::RuleName</name>
    <message>
        <source>Table not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row found by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row with too few figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row with extra figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glued digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glued digits split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settled by the other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels apart from figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading search cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label matched loosely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format from the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain OCR reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same text as another report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same body and year twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanished this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not checkable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Nianbao archive; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Nianbao (archive format %2; this version reads up to %3). Open it with a newer Nianbao; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the archive %1 to format %2 failed, and it was left as it was: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Nianbao archive; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::SqliteConnection</name>
    <message>
        <source>Cannot open the archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive database rejected a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::SqliteStatement</name>
    <message>
        <source>The archive database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the archive cannot grow (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::TemplateLoader</name>
    <message>
        <source>chart %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a key, a title and a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series needs a key and cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has an unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 needs columns and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has an unknown layout &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table has no key or no blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template uses an unknown schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no id or no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 defines cell %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has a group without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 defines group %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 of table %2 is in an unknown group &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 of table %2 is inside itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 is in an unknown group &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::TemplateRegistry</name>
    <message>
        <source>cannot read template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::TesseractOcr</name>
    <message>
        <source>reading it needs OCR, and Tesseract is not installed (Debian: apt install tesseract-ocr tesseract-ocr-chi-sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it needs OCR, and Tesseract is installed without its Simplified Chinese model (Debian: apt install tesseract-ocr-chi-sim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be prepared for OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::TextDecoder</name>
    <message>
        <source>The file seems to be truncated: it ends in the middle of a character, which was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but its text is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text looks like UTF-8, but the bytes from offset %1 on are not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text looks like GB18030 (GBK), but does not read cleanly as Chinese in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is in none of the encodings Nianbao reads (UTF-8, UTF-16 and GB18030); it looks like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is in none of the encodings Nianbao reads (UTF-8, UTF-16 and GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text (it has zero bytes that are not UTF-16 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text (%1 control characters in %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text (%1 control characters in %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only blank space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ZipPackage</name>
    <message>
        <source>the file is damaged or incomplete: it is not a complete ZIP archive, as a Word .docx file must be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is refused as a likely zip bomb: its part %1 unpacks to far more than any document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lacks its part %1, which a Word document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is protected by a password; save it again without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s part %1 unpacks to %2, more than the %3 a document may have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::cli</name>
    <message>
        <source>read reports and print their cells and findings as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the archive as a dataset (CSV, XLSX, JSON) or its findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the plain text the extractor works on (spans index into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive (default: the user&apos;s archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide (a row per report, the default) or long (a row per cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only reports a reviewer marked as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these years, e.g. 2021,2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only agencies whose name contains TEXT (may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only reports in this format, e.g. 2021 (may be repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add each value&apos;s printed text, confidence, extracted value and corrector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report of open findings instead of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (csv, xlsx or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv, xlsx or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (wide or long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the archive&apos;s reports as a dataset (corrected values where a reviewer corrected a cell, extracted values elsewhere), or the report of open findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no FILE arguments: give the output with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no archive here (import reports first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n report(s), %1 rows: %2
</source>
        <translation>
            <numerusform>exported %n report, %1 rows: %2
</numerusform>
            <numerusform>exported %n reports, %1 rows: %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads reports and prints, for each, its format, metadata, every cell and every finding as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: nianbao-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: nianbao-cli text FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs an archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add report files and folders to the archive, extracting and validating each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the archive&apos;s reports with their review status and open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds reports to the archive, reading, extracting and validating each. Folders are searched recursively; a file already in the archive is a duplicate and is not stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 files: imported %3, duplicates %4, failed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a reviewer&apos;s value for a cell, or a report&apos;s agency, year, title or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vouch for a cell&apos;s value as read, or take a candidate reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm, dismiss or reopen a finding of a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a report&apos;s review status (pending, reviewed, doubtful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the review history of a report or a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every change a reviewer made to a report (corrections, acceptances, decisions, field and status changes), oldest first, or those of one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has no cell &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who makes the change (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, recorded in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: nianbao-cli %1 [OPTIONS] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --reviewer NAME: every change is recorded with who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report id (the ID column of nianbao-cli list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has no cell &quot;%2&quot; (cell keys as in tables.md, e.g. t3.new.natural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a reviewer&apos;s value for a cell of a report (a number, or &quot;blank&quot;), or a new agency, year, title or region for the report. The report is checked again and the change is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review status is set with nianbao-cli status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell value: give a number, or &quot;blank&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: give one such as 2022, or &quot;unknown&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that a reviewer vouches for a cell&apos;s value as read, or, with --candidate, takes one of the extractor&apos;s candidate readings for it. Extraction doubts whose every cell is vouched for are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the extractor&apos;s candidate reading N (1 is the best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--candidate takes 1, 2, ..., not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 of report %2 has %3 candidate readings, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a reviewer&apos;s verdict on a finding of a report: confirm (the report is wrong as printed), dismiss (the finding does not hold) or reopen. FINDING is the finding&apos;s id as --json prints it (&quot;finding&quot;), or a rule code the report has one finding of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verdict: confirm, dismiss or reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has no finding &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 has several findings of rule %2; name one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a report&apos;s review status: pending, reviewed or doubtful. A report with undecided errors is marked reviewed only with --override and a --reason, both recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the report reviewed although errors are undecided (needs --reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status: pending, reviewed or doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--override needs --reason TEXT: the history says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2 accepted, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; open issues: %2 (%3 errors, %4 warnings, %5 notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation></translation>
    </message>
    <message>
        <source>likely duplicate: its text is exactly that of report %1 (stored with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive: a file (default: nianbao.sqlite in the user&apos;s data folder) or a team archive&apos;s PostgreSQL URI (postgresql://user@host/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy an archive into a new one (SQLite and PostgreSQL, either way), verified by counts and checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole archive into a new, empty one: from an SQLite file to a team archive on PostgreSQL, or back. Reports, texts, corrections with their history, decisions and changes are copied row for row; every table&apos;s row count and checksum are compared before the copy is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive to copy (a file or a URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new archive (a file or a URI; it must hold no report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the tables copied as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --from ARCHIVE and --to ARCHIVE, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>copied %n report(s) from %1 to %2; every table verified:
</source>
        <translation>
            <numerusform>copied %n report from %1 to %2; every table verified:
</numerusform>
            <numerusform>copied %n reports from %1 to %2; every table verified:
</numerusform>
        </translation>
    </message>
    <message>
        <source>import the registry of bodies expected to report (CSV, XLSX), or list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which bodies of the registry published a year&apos;s report on time, late or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pairs of reports whose narratives are most alike (copied text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report beside the same body&apos;s report of the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the rectification notice of reports as PDF or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not take &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n bodies
</source>
        <translation>
            <numerusform>imported %n body
</numerusform>
            <numerusform>imported %n bodies
</numerusform>
        </translation>
    </message>
    <message>
        <source>assign reports (by id or by filter) to a reviewer, or to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each reviewer&apos;s reports by review status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::gui</name>
    <message>
        <source>Review open-government-information annual reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to import and open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::supervision::DeskStore</name>
    <message>
        <source>The registry stored in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::BodyView</name>
    <message>
        <source>%1 (%2, report %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of the text kept from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report of %1 in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no report of this body for the year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 beside %2: %n implausible changes or broken identities.</source>
        <translation>
            <numerusform>%1 beside %2: %n implausible change or broken identity.</numerusform>
            <numerusform>%1 beside %2: %n implausible changes or broken identities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::BrowserPane</name>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open errors or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any open finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reports&apos; text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that must all occur in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the agency&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports with open findings of this severity or worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CellHistoryDialog</name>
    <message>
        <source>Cell history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2. No reviewer has changed this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2; %n correction(s), oldest first.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2; %n correction.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2; %n corrections, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acceptance withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading %2 accepted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CellValueType</name>
    <message numerus="yes">
        <source>Enter an amount of at most %n decimal place(s).</source>
        <translation>
            <numerusform>Enter an amount of at most %n decimal place.</numerusform>
            <numerusform>Enter an amount of at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ChartsPane</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s format was not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year of this body has figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All figures are 0 or blank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ClaimBar</name>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review this report yourself: the other reviewer&apos;s window shows it read-only from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: report %1 is being reviewed by %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CoverageModel</name>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelled date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CoverageView</name>
    <message>
        <source>%1 (report %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of %1 by region and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports no body of the registry matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected report for the chosen body from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry of the bodies expected to report: import one (CSV or XLSX) to see who published, who is late and who is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bodies expected; %3 published on time, %4 late, %5 without a date, %6 missing (deadline %7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DashboardView</name>
    <message>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open errors by rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DeskPane</name>
    <message>
        <source>Import the registry of bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bodies from %1.</source>
        <translation>
            <numerusform>Imported %n body from %1.</numerusform>
            <numerusform>Imported %n bodies from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Year reported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bodies expected to report: a CSV or XLSX sheet with name, aliases, region code, level and parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year on year and peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a coverage sheet is written as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coverage of %1 to export: import a registry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the coverage of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification-notice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices (*.pdf *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a notice is written as .pdf or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report of %1 to write a notice for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a rectification notice for %n reports to %1.</source>
        <translation>
            <numerusform>Wrote a rectification notice for %n report to %1.</numerusform>
            <numerusform>Wrote a rectification notice for %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s coverage as a sheet: every body with its status and publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the report shown in Year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every report of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open error, warning, implausible change and copied passage, as a PDF or Word document to send (in Chinese unless asked for in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice in English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DoubtsAlikeDialog</name>
    <message>
        <source>&amp;Accept the Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubts Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouch for the cells of every doubt in the group, as read: each report records it in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open doubt of the reports listed is alike another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of open doubts read the same way, in the reports listed:</source>
        <translation>
            <numerusform>%n group of open doubts read the same way, in the reports listed:</numerusform>
            <numerusform>%n groups of open doubts read the same way, in the reports listed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — read as %2 — %n doubt(s)</source>
        <translation>
            <numerusform>%1 — read as %2 — %n doubt</numerusform>
            <numerusform>%1 — read as %2 — %n doubts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>in %n report</numerusform>
            <numerusform>in %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member to see where its report prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report prints nothing where these cells belong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with the doubts alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n doubt(s) settled.</source>
        <translation>
            <numerusform>%n doubt settled.</numerusform>
            <numerusform>%n doubts settled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset, with its codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings report (open findings, to send back to bodies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (opens in Excel and WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide: one row per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long: one row per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add printed text, confidence and who corrected each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years, or e.g. 2021, 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies, or part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting report %L1 of %L2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1.</source>
        <translation>
            <numerusform>Exported %n report to %1.</numerusform>
            <numerusform>Exported %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by accepting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by correcting or accepting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsPanel</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s) · %4 without a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is wrong here: confirm the finding, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a problem: dismiss the finding, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the decision on the finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormGrid</name>
    <message>
        <source>Information item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormModel</name>
    <message>
        <source>Blank in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction confidence: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by %1 on %2 (read as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer extraction reads %1 here: check the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed in the report: read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormPane</name>
    <message>
        <source>No cell left with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you change values: kept in each cell&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections of the current cell (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no candidate readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n candidate reading(s).</source>
        <translation>
            <numerusform>This row has %n candidate reading.</numerusform>
            <numerusform>This row has %n candidate readings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no figures to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures do not fit: only %2 cells from here to the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pasted: “%1” for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, recorded with the next edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason for the following edits too (otherwise it is recorded with the next edit only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormView</name>
    <message>
        <source>Cell history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Looking for reports in %n place(s)…</source>
        <translation>
            <numerusform>Looking for reports in %n place…</numerusform>
            <numerusform>Looking for reports in %n places…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, already in the archive %2, failed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end: what was imported stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the file in hand; what was imported stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add report files to the archive (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every report in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dataset or the open findings as CSV, XLSX or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit: the archive records the value going back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every correction of the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with your corrections and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Problem Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in a table accepts the value and does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is wrong here: confirm, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a problem: dismiss, with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Open Next Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark D&amp;oubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark P&amp;ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Team Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared archive on a PostgreSQL server in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Team Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Listed Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every report the archive list shows (its filters choose them) to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reviewer&apos;s reports: pending, reviewed, doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to &amp;Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next finding nobody decided on yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Findings &amp;Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every open finding of the chosen one&apos;s rule, to settle them at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the Chosen Findings&apos; Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouch for every cell the chosen findings name, as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubts A&amp;like Across Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open doubts read the same way in the reports listed, grouped, to accept a group at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review another archive file (the window opens on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claimed by Others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainWindow</name>
    <message>
        <source>No cell left with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nianbao %1&lt;/b&gt;&lt;p&gt;Turns China&apos;s open-government-information annual reports into checked datasets.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed. No pending report is left in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed; opened the next pending report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded with every correction and decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.txt *.htm *.html *.mht *.mhtml *.doc *.docx *.wps *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running: wait for it to finish or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 already there, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) listed</source>
        <translation>
            <numerusform>%n report listed</numerusform>
            <numerusform>%n reports listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (Edit menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nianbao — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report in the archive (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report under review (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the bodies expected to report, similar reports, year on year, peers and the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding left without a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is its own body again; %n report(s) checked again.</source>
        <translation>
            <numerusform>“%1” is its own body again; %n report checked again.</numerusform>
            <numerusform>“%1” is its own body again; %n reports checked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now the body “%2”; %n report(s) checked again.</source>
        <translation>
            <numerusform>“%1” is now the body “%2”; %n report checked again.</numerusform>
            <numerusform>“%1” is now the body “%2”; %n reports checked again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nianbao archives (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as an archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report %1 is kept; %n other copy(ies) retired.</source>
        <translation>
            <numerusform>Report %1 is kept; %n other copy retired.</numerusform>
            <numerusform>Report %1 is kept; %n other copies retired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PairsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PairsView</name>
    <message numerus="yes">
        <source>%n pairs of reports share most of a narrative part (the format&apos;s words and what most reports write alike do not count). Choose one to see the shared passages highlighted.</source>
        <translation>
            <numerusform>%n pair of reports shares most of a narrative part (the format&apos;s words and what most reports write alike do not count). Choose one to see the shared passages highlighted.</numerusform>
            <numerusform>%n pairs of reports share most of a narrative part (the format&apos;s words and what most reports write alike do not count). Choose one to see the shared passages highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PeersChart</name>
    <message>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (median %3, quartiles %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Percentile among %n peers</source>
        <translation>
            <numerusform>Percentile among %n peer</numerusform>
            <numerusform>Percentile among %n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers to compare with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReadingsPanel</name>
    <message>
        <source>Candidate readings of “%1”, best first (Alt+1…Alt+9 or Enter applies one to the whole row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule decides between the readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportDetails</name>
    <message>
        <source>Set the agency first: a body is matched by the name it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same body as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports printed “%1” are the body named (another name it printed in other years, or its registry name; empty to undo the match):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also reports as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known by this name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which body this agency name is, so that cross-year checks and charts see every year of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publishing body, as the report prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is the body&apos;s only report for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: report %1 is kept as the body&apos;s report for the year (%2, %3). This one is left out of datasets, charts and cross-year checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also this body&apos;s report for %1: report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the body&apos;s report for the year: the other copies are retired (kept in the archive, left out of datasets, charts and cross-year checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count this report again beside the one kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportListModel</name>
    <message>
        <source>(agency not found in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open errors: findings without a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official format the report&apos;s tables follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportOutline</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportSession</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2 accepted (%3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more cell(s) changed</source>
        <translation>
            <numerusform>%1 and %n more cell changed</numerusform>
            <numerusform>%1 and %n more cells changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more cell(s) accepted</source>
        <translation>
            <numerusform>%1 and %n more cell accepted</numerusform>
            <numerusform>%1 and %n more cells accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading %2 accepted (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n finding: %1</numerusform>
            <numerusform>%n findings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportWorkspace</name>
    <message>
        <source>Choose a finding first (F8 moves to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report open: choose one in the archive (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1, imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A newer extraction reads %n corrected cell(s) differently from both the value corrected and the correction. The cells are marked as warnings: check them.</source>
        <translation>
            <numerusform>A newer extraction reads %n corrected cell differently from both the value corrected and the correction. The cell is marked as a warning: check it.</numerusform>
            <numerusform>A newer extraction reads %n corrected cells differently from both the value corrected and the correction. The cells are marked as warnings: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report&apos;s edits since it was opened: click one to go back to it (each step is recorded in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comment (optional), recorded with each of the %n findings chosen:</source>
        <translation>
            <numerusform>Comment (optional), recorded with the %n finding chosen:</numerusform>
            <numerusform>Comment (optional), recorded with each of the %n findings chosen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) of this rule chosen.</source>
        <translation>
            <numerusform>%n open finding of this rule chosen.</numerusform>
            <numerusform>%n open findings of this rule chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The findings chosen name no cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n undecided error(s); the first: %1</source>
        <translation>
            <numerusform>This report still has %n undecided error: %1</numerusform>
            <numerusform>This report still has %n undecided errors; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark reviewed anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Confirm or dismiss each error first. To mark the report reviewed anyway, give the reason (kept in its history); cancel to go to the first error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status of this report: a report with undecided errors is marked reviewed only with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this report, by anyone, with who, when and why: choose one to see its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency, year, title and region of the report, and the body it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as imported: choosing a cell shows where it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report&apos;s figures and the same body across the years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReviewCommand</name>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the value and go to the next cell with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::SourcePane</name>
    <message>
        <source>The parts of the report: choose one to scroll the text to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the figures were read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF page, with the figure of the chosen cell framed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TeamAssignments</name>
    <message>
        <source>Assign reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n report(s) listed to the reviewer (leave empty for nobody):</source>
        <translation>
            <numerusform>Assign the %n report listed to the reviewer (leave empty for nobody):</numerusform>
            <numerusform>Assign the %n reports listed to the reviewer (leave empty for nobody):</numerusform>
        </translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) now assigned to nobody.</source>
        <translation>
            <numerusform>%n report now assigned to nobody.</numerusform>
            <numerusform>%n reports now assigned to nobody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) newly assigned to %1.</source>
        <translation>
            <numerusform>%n report newly assigned to %1.</numerusform>
            <numerusform>%n reports newly assigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TeamController</name>
    <message>
        <source>Other reviewers&apos; changes will not show until the archive is opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reviewers&apos; changes no longer show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your reviewer name (Edit menu) to review this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the report could not be claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim on report %1 could not be renewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 could not be taken over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took report %1 over from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took report %1 over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 was changed by another reviewer: it is shown as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took report %2 over: it is read-only here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 is free again: it is yours to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to team archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI (postgresql://user@host/dbname). The password is read from ~/.pgpass or PGPASSWORD; Nianbao never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PostgreSQL connection URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TimelineModel</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to show %n cell(s) in the form</source>
        <translation>
            <numerusform>Double-click or press Enter to show %n cell in the form</numerusform>
            <numerusform>Double-click or press Enter to show %n cells in the form</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TimelinePane</name>
    <message>
        <source>Could not save the timeline to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the timeline to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as an Excel workbook (.xlsx) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::YearOnYearModel</name>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
