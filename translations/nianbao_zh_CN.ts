<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::Archive</name>
    <message>
        <source>The archive holds no report %1.</source>
        <translation>档案库中没有编号为 %1 的年报。</translation>
    </message>
    <message>
        <source>No archive file was given.</source>
        <translation>未指定档案库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1 是文件夹，不是档案库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the archive.</source>
        <translation>无法为档案库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot use %1 as an archive: %2</source>
        <translation>无法将 %1 用作档案库：%2</translation>
    </message>
    <message>
        <source>The archive refers to a cell key it does not hold (%1).</source>
        <translation>档案库引用了其中不存在的单元格键（%1）。</translation>
    </message>
    <message>
        <source>A reviewer name is required.</source>
        <translation>需要填写审核人姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status.</source>
        <translation>“%1”不是审核状态。</translation>
    </message>
    <message>
        <source>Report %1 has no cell %2.</source>
        <translation>年报 %1 没有单元格 %2。</translation>
    </message>
    <message>
        <source>A cell value must be a finite number.</source>
        <translation>单元格的值必须是有限数值。</translation>
    </message>
    <message>
        <source>Cell %1 of report %2 already holds this value, accepted by a reviewer; nothing was recorded.</source>
        <translation>年报 %2 的单元格 %1 已是该值，且已由审核人认可，未作记录。</translation>
    </message>
    <message>
        <source>Cell %1 of report %2 already holds this value; nothing was recorded.</source>
        <translation>年报 %2 的单元格 %1 已是该值，未作记录。</translation>
    </message>
    <message>
        <source>The %1 of report %2 is &quot;%3&quot; already; nothing was recorded.</source>
        <translation>年报 %2 的%1已是“%3”，未作记录。</translation>
    </message>
    <message>
        <source>Report %1 has no finding %2.</source>
        <translation>年报 %1 没有问题 %2。</translation>
    </message>
    <message>
        <source>Another program has been opening the archive %1 for a minute and still holds %2; if no other Nianbao is running, delete that file.</source>
        <translation>另一个程序打开档案库 %1 已达一分钟，仍占用着 %2；如果没有其他 Nianbao 在运行，请删除该文件。</translation>
    </message>
    <message>
        <source>To recover what it holds, close Nianbao and run
  sqlite3 &quot;%1&quot; &quot;.recover&quot; | sqlite3 &quot;%2&quot;
then open %2 (nianbao --db &quot;%2&quot;); or go back to your last backup of the file.</source>
        <translation>要恢复其中的内容，请关闭 Nianbao 并运行
  sqlite3 &quot;%1&quot; &quot;.recover&quot; | sqlite3 &quot;%2&quot;
然后打开 %2（nianbao --db &quot;%2&quot;）；或改用该文件最近的备份。</translation>
    </message>
    <message>
        <source>The archive %1 failed its integrity check (%2). It was opened read-only: nothing will be written to it.</source>
        <translation>档案库 %1 未通过完整性检查（%2）。已以只读方式打开：不会向其写入任何内容。</translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be opened (%2); it was left as it was.</source>
        <translation>档案库 %1 已损坏，无法打开（%2）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>A part of the change failed; nothing of it was written.</source>
        <translation>改动的一部分失败了；整个改动均未写入。</translation>
    </message>
    <message>
        <source>The copy of table %1 does not match its source (%2 rows, checksum %3; copied %4 rows, checksum %5): nothing was written.</source>
        <translation>表 %1 的副本与源不一致（源 %2 行，校验和 %3；副本 %4 行，校验和 %5）：未写入任何内容。</translation>
    </message>
    <message>
        <source>An archive cannot be moved onto itself.</source>
        <translation>不能把档案库迁移到它自身。</translation>
    </message>
    <message>
        <source>%1 holds %2 report(s) already: an archive is moved only into an empty one.</source>
        <translation>%1 已有 %2 份报告：档案库只能迁移到空档案库中。</translation>
    </message>
    <message>
        <source>A report with the same content was being stored and then was not; try again.</source>
        <translation>一份内容相同的报告正在存入，随后又未存入；请重试。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation>无法连接 %1：内存不足。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 在 %2 上失败：%3</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>数据库拒绝了一条语句：%1</translation>
    </message>
    <message>
        <source>Live updates from other reviewers need a team archive on PostgreSQL; %1 is a file.</source>
        <translation>其他审核人的实时更新需要 PostgreSQL 上的团队档案库；%1 是文件。</translation>
    </message>
    <message>
        <source>Report %1 is being reviewed by %2 since %3.</source>
        <translation>报告 %1 正由 %2 审核（自 %3 起）。</translation>
    </message>
    <message>
        <source>Report %1 was changed by another reviewer since it was opened; reload it and make the change again.</source>
        <translation>报告 %1 在打开后已被其他审核人修改；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>Who assigns the reports must be named.</source>
        <translation>须写明分派人。</translation>
    </message>
</context>
<context>
    <name>nianbao::BodyRegistry</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>the column %1 is given twice</source>
        <translation>%1列出现了两次</translation>
    </message>
    <message>
        <source>the first row names no column of body names (名称 or name); found: %1</source>
        <translation>首行中没有机关名称列（名称或 name）；首行为：%1</translation>
    </message>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>the file holds no rows: a header row, then one body a row</source>
        <translation>文件中没有任何行：应先有一行表头，其后每行一个机关</translation>
    </message>
    <message>
        <source>“%1” is no administrative division code (6, 9 or 12 digits)</source>
        <translation>“%1”不是行政区划代码（应为 6 位、9 位或 12 位数字）</translation>
    </message>
    <message>
        <source>“%1” is no level; write 国家级, 省级, 市级, 县级 or 乡镇 (or national, provincial, municipal, county, township)</source>
        <translation>“%1”不是有效的层级；请填写国家级、省级、市级、县级或乡镇（或 national、provincial、municipal、county、township）</translation>
    </message>
    <message>
        <source>the row has no body name</source>
        <translation>该行没有机关名称</translation>
    </message>
    <message>
        <source>“%1” is already the name or an alias of the body in row %2</source>
        <translation>“%1”已是第 %2 行机关的名称或别名</translation>
    </message>
    <message>
        <source>the file lists no body below its header row</source>
        <translation>文件在表头之下没有列出任何机关</translation>
    </message>
    <message>
        <source>the parent body “%1” is not in the registry</source>
        <translation>上级机关“%1”不在名单中</translation>
    </message>
    <message>
        <source>a body cannot be its own parent</source>
        <translation>机关不能是自己的上级机关</translation>
    </message>
    <message>
        <source>the parent bodies run in a circle back to this body</source>
        <translation>上级机关关系形成循环，又回到了本机关</translation>
    </message>
    <message>
        <source>a quote opened in line %1 is never closed</source>
        <translation>第 %1 行开始的引号没有闭合</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than any registry of bodies (32 MB)</source>
        <translation>文件超过了机关名单的大小上限（32 MB）</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is damaged (line %2: %3)</source>
        <translation>工作簿的部件 %1 已损坏（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>the workbook lacks its part %1, which every XLSX file has</source>
        <translation>工作簿缺少部件 %1，而每个 XLSX 文件都应有该部件</translation>
    </message>
    <message>
        <source>the file is no XLSX workbook: it is not a complete ZIP archive</source>
        <translation>文件不是 XLSX 工作簿：它不是完整的 ZIP 压缩包</translation>
    </message>
    <message>
        <source>the worksheet has a row past the last one a workbook can have</source>
        <translation>工作表中有超出工作簿最大行数的行</translation>
    </message>
    <message>
        <source>the worksheet has a cell with the bad reference “%1”</source>
        <translation>工作表中有单元格的引用“%1”无效</translation>
    </message>
    <message>
        <source>the worksheet&apos;s cell %1 refers to a shared string the workbook lacks</source>
        <translation>工作表的单元格 %1 引用了工作簿中不存在的共享字符串</translation>
    </message>
</context>
<context>
    <name>nianbao::DocumentFormat</name>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
</context>
<context>
    <name>nianbao::DocumentReader</name>
    <message>
        <source>the file is %1, more than the %2 a report may have</source>
        <translation>文件大小为 %1，超过了年报文件的上限 %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1 files cannot be read by this program</source>
        <translation>本程序无法读取 %1 文件</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file: it was skipped without being read</source>
        <translation>这是命名管道（FIFO），不是文件：已跳过，未读取</translation>
    </message>
    <message>
        <source>this is a device, not a file: it was skipped without being read</source>
        <translation>这是设备，不是文件：已跳过，未读取</translation>
    </message>
    <message>
        <source>this is a socket, not a file: it was skipped without being read</source>
        <translation>这是套接字，不是文件：已跳过，未读取</translation>
    </message>
    <message>
        <source>the file is a link that leads in a circle</source>
        <translation>该文件是循环链接</translation>
    </message>
    <message>
        <source>the file holds more than the %1 a report may have</source>
        <translation>文件内容超过了年报文件的上限 %1</translation>
    </message>
    <message>
        <source>A table of the file is larger than a report&apos;s table can be (more than %1 columns or %2 cells, or a cell placed past its last column): the cells past that were left out. Check the table against the original.</source>
        <translation>文件中有表格超出了年报表格可能的大小（超过 %1 列或 %2 个单元格，或有单元格位于最后一列之后）：超出部分的单元格未读取。请对照原件核对该表格。</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxBody</name>
    <message>
        <source>the Word document&apos;s text is damaged (%1 at line %2)</source>
        <translation>Word 文档的正文已损坏（第 %2 行：%1）</translation>
    </message>
    <message>
        <source>A table row of the Word document skips %1 columns (w:gridBefore), more than a table has: its cells were placed from the row&apos;s start. Check the row against the original.</source>
        <translation>Word 文档中有一行表格声称跳过 %1 列（w:gridBefore），超过了表格的列数：该行单元格已从行首排起。请对照原件核对该行。</translation>
    </message>
</context>
<context>
    <name>nianbao::DocxDocumentReader</name>
    <message>
        <source>the file is a ZIP archive but not a Word .docx document</source>
        <translation>文件是 ZIP 压缩包，但不是 Word .docx 文档</translation>
    </message>
    <message>
        <source>the file is an Office document but not a Word document (a spreadsheet or a presentation?)</source>
        <translation>文件是 Office 文档，但不是 Word 文档（可能是电子表格或演示文稿？）</translation>
    </message>
    <message>
        <source>the Word document holds no text</source>
        <translation>Word 文档中没有文字</translation>
    </message>
</context>
<context>
    <name>nianbao::Export</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>cannot load libxlsxwriter for XLSX files: %1</source>
        <translation>无法加载用于生成 XLSX 文件的 libxlsxwriter：%1</translation>
    </message>
    <message>
        <source>the installed libxlsxwriter lacks a function Nianbao needs: %1</source>
        <translation>已安装的 libxlsxwriter 缺少 Nianbao 所需的函数：%1</translation>
    </message>
    <message>
        <source>cannot write the codebook %1: %2</source>
        <translation>无法写入数据字典 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the workbook: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>%1 columns are more than a sheet holds</source>
        <translation>%1 列超出了一个工作表能容纳的列数</translation>
    </message>
    <message>
        <source>more rows than one sheet holds (%L1): export CSV or JSON, or take fewer reports</source>
        <translation>行数超出一个工作表的容量（%L1）：请导出 CSV 或 JSON，或减少年报数量</translation>
    </message>
    <message>
        <source>cannot create a workbook at %1</source>
        <translation>无法在 %1 创建工作簿</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>无法添加工作表“%1”</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>this is a folder: give the name of a file to write</source>
        <translation>这是文件夹：请指定要写入的文件名</translation>
    </message>
    <message>
        <source>this is %1, not a file: an export is written to a file</source>
        <translation>这是%1，不是文件：导出只能写入文件</translation>
    </message>
    <message>
        <source>this is the archive being exported (%1): writing the export there would destroy it; choose another file</source>
        <translation>这是正在导出的档案库（%1）：写入该处会毁坏档案库；请另选文件</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>the file cannot be replaced: %1</source>
        <translation>无法替换该文件：%1</translation>
    </message>
    <message>
        <source>the disk is full (%1 free on %2): nothing was written; free some space and export again</source>
        <translation>磁盘已满（%2 上剩余 %1）：未写入任何内容；请释放空间后重新导出</translation>
    </message>
    <message>
        <source>cannot create a temporary folder beside the output: %1</source>
        <translation>无法在输出文件旁创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder beside the output: its lock file cannot be written</source>
        <translation>无法在输出文件旁创建临时文件夹：无法写入其锁文件</translation>
    </message>
</context>
<context>
    <name>nianbao::ExportOptions</name>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
</context>
<context>
    <name>nianbao::ExternalTool</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 took longer than %2 seconds and was stopped</source>
        <translation>%1 运行超过 %2 秒，已被终止</translation>
    </message>
</context>
<context>
    <name>nianbao::Extractor</name>
    <message>
        <source>no report formats are installed</source>
        <translation>未安装任何年报格式</translation>
    </message>
    <message>
        <source>no statistical tables found: none of tables 2, 3 and 4 of an annual report is in the text</source>
        <translation>未找到统计表格：文本中没有年报第二、三、四部分的任何一张表格</translation>
    </message>
    <message>
        <source>no figures: the statistical tables are there but every cell is blank (a blank form, not a filled-in report)</source>
        <translation>没有数字：统计表格都在，但每个单元格都是空白的（这是空白表样，不是填好的报告）</translation>
    </message>
</context>
<context>
    <name>nianbao::Finding</name>
    <message>
        <source>Table %1 (%2) was not found in the report: its cells are empty.</source>
        <translation>年报中未找到表%1（%2），其单元格均为空。</translation>
    </message>
    <message>
        <source>Row “%1” was not found in the report: its cells are empty.</source>
        <translation>年报中未找到“%1”行，该行单元格均为空。</translation>
    </message>
    <message>
        <source>Row “%1” was not found by its label; the figures printed after row “%2” were taken as its figures.</source>
        <translation>未能按行名找到“%1”行；已将“%2”行之后印出的数字作为该行的数字。</translation>
    </message>
    <message>
        <source>A row labelled “%1” stands where row “%2” belongs; its figures were taken as those of “%2”.</source>
        <translation>“%2”行的位置上印的是“%1”行；已将其数字作为“%2”行的数字。</translation>
    </message>
    <message>
        <source>Row “%1” prints %2 figures for %3 columns; which cells they belong to is uncertain, so the cells concerned are flagged.</source>
        <translation>“%1”行共 %3 列，却印有 %2 个数字；无法确定这些数字分属哪些单元格，已标记相关单元格。</translation>
    </message>
    <message>
        <source>Row “%1” prints %2 figures for %3 columns; the cells whose figure is uncertain are flagged.</source>
        <translation>“%1”行共 %3 列，却印有 %2 个数字；已标记数字不确定的单元格。</translation>
    </message>
    <message>
        <source>The figures of row “%1” run together (“%2”) and %3 readings fit, e.g. %4: the cells concerned are flagged.</source>
        <translation>“%1”行的数字连在一起（“%2”），有 %3 种拆分方式均可成立，例如 %4；已标记相关单元格。</translation>
    </message>
    <message>
        <source>The figures of row “%1” run together (“%2”); only one split fits the row&apos;s totals and was used.</source>
        <translation>“%1”行的数字连在一起（“%2”）；只有一种拆分方式与该行的总计相符，已采用。</translation>
    </message>
    <message>
        <source>The figures of row “%1” (“%2”) admit several readings; only one fits %3, and it was used.</source>
        <translation>“%1”行的数字（“%2”）有多种读法；只有一种与%3相符，已采用。</translation>
    </message>
    <message>
        <source>The labels of “%1” are printed apart from their figures; the figures were read in the table&apos;s row order, and every total of the table holds with them.</source>
        <translation>“%1”的行名与数字分开印出；已按表格的行序读取数字，表内各项总计均相符。</translation>
    </message>
    <message>
        <source>Some labels of “%1” are printed apart from their figures, and the figures could not be placed with certainty: the cells are flagged.</source>
        <translation>“%1”的部分行名与数字分开印出，无法确定数字所属的单元格：已标记这些单元格。</translation>
    </message>
    <message>
        <source>Row “%1” and the rows related to it by the tables&apos; totals admit too many readings to check them all: the cells concerned are flagged.</source>
        <translation>“%1”行及通过表格总计与之关联的各行读法过多，无法逐一核对：已标记相关单元格。</translation>
    </message>
    <message>
        <source>The label printed as “%1” was read as row “%2”.</source>
        <translation>印作“%1”的行名已识别为“%2”行。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places: the digits of a neighbouring cell may be glued on, so the value is uncertain.</source>
        <translation>“%1”的小数超过 %2 位：可能粘连了相邻单元格的数字，该值不确定。</translation>
    </message>
    <message>
        <source>“%1” is printed in yuan; it was converted to %2 (10,000 yuan).</source>
        <translation>“%1”以元为单位印出，已换算为 %2 万元。</translation>
    </message>
    <message>
        <source>“%1” is printed as a single row, as the other official format prints it; its cells were read in that form.</source>
        <translation>“%1”按另一版官方格式的样式印为一行，已按此形式读取其单元格。</translation>
    </message>
    <message>
        <source>“%1” is printed item by item, as the other official format prints it; its cells were read in that form.</source>
        <translation>“%1”按另一版官方格式的样式分项印出，已按此形式读取其单元格。</translation>
    </message>
    <message>
        <source>A cell of row “%1” prints “%2”, which is not a figure: the cell is left empty.</source>
        <translation>“%1”行的一个单元格印的是“%2”，不是数字；该单元格留空。</translation>
    </message>
    <message>
        <source>The figures of “%1” are interleaved with its header words; their order is uncertain.</source>
        <translation>“%1”的数字与表头文字交错排列，数字顺序不确定。</translation>
    </message>
    <message>
        <source>The tables do not show which format the report uses; the %1 format was assumed from the year %2.</source>
        <translation>无法从表格判断年报采用的格式；已根据年度 %2 按 %1 年版格式处理。</translation>
    </message>
    <message>
        <source>Neither the tables nor a year show which format the report uses; the %1 format was assumed.</source>
        <translation>表格和年度均无法表明年报采用的格式；已按 %1 年版格式处理。</translation>
    </message>
    <message>
        <source>The text was read by OCR or from a damaged text layer: every figure has reduced confidence.</source>
        <translation>文本经 OCR 识别或取自受损的文字层：所有数字的置信度均已降低。</translation>
    </message>
    <message>
        <source>OCR is not sure of the figure it read as “%1”: check it against the scan; the other readings OCR saw are offered.</source>
        <translation>OCR 对读作“%1”的数字没有把握：请对照扫描件核对；已列出 OCR 识别出的其他读法。</translation>
    </message>
    <message>
        <source>%1: %2 = %3 ≠ %4 = %5; some of these figures were read with low confidence, so check the reading first.</source>
        <translation>%1：%2 %3 ≠ %4 %5；其中部分数字识别置信度较低，请先核对识别结果。</translation>
    </message>
    <message>
        <source>%1: %2 = %3 ≠ %4 = %5</source>
        <translation>%1：%2 %3 ≠ %4 %5</translation>
    </message>
    <message>
        <source>“%1” could not be checked for %2: %3 of the cells it needs are blank or missing.</source>
        <translation>无法判断“%1”对%2是否成立：所需单元格中有 %3 个为空或缺失。</translation>
    </message>
    <message>
        <source>“%1” could not be checked: the previous report given is on %2, not on %3.</source>
        <translation>无法判断“%1”是否成立：所给的上年年报为 %2 年度，而非 %3 年度。</translation>
    </message>
    <message>
        <source>%1 is %2: a count cannot be negative.</source>
        <translation>%1为 %2：数量不能为负数。</translation>
    </message>
    <message>
        <source>%1 is %2: a count is a whole number.</source>
        <translation>%1为 %2：数量应为整数。</translation>
    </message>
    <message>
        <source>%1 is %2: this figure is a whole number (it may be negative).</source>
        <translation>%1为 %2：该数应为整数（可以为负数）。</translation>
    </message>
    <message>
        <source>%1 is %2: an amount cannot be negative.</source>
        <translation>%1为 %2：金额不能为负数。</translation>
    </message>
    <message>
        <source>%1 is %2: this amount has at most %3 decimal places.</source>
        <translation>%1为 %2：该金额最多保留 %3 位小数。</translation>
    </message>
    <message>
        <source>%1 does not hold a valid figure.</source>
        <translation>%1的内容不是有效数字。</translation>
    </message>
    <message>
        <source>Row “%1” leaves %2 blank: a blank cell is not read as 0.</source>
        <translation>“%1”行的%2为空：空白单元格不按 0 读取。</translation>
    </message>
    <message>
        <source>%1 cells print %2 instead of a figure and were read as 0; some reports use these marks for “not applicable”.</source>
        <translation>%1 个单元格未填数字而印有零值标记%2，已按 0 读取；部分年报用这些标记表示“不适用”。</translation>
    </message>
    <message>
        <source>The report is on %1 but its tables have the %2, which does not cover that year (the %3 does); it was read with the format its tables have.</source>
        <translation>年报为 %1 年度，但其表格采用%2，该格式不适用于这一年度（应采用%3）；已按表格实际采用的格式读取。</translation>
    </message>
    <message>
        <source>The report is on %1 but its tables have the %2, which does not cover that year; it was read with the format its tables have.</source>
        <translation>年报为 %1 年度，但其表格采用%2，该格式不适用于这一年度；已按表格实际采用的格式读取。</translation>
    </message>
    <message>
        <source>%1: the subtotal the report prints, %2, ≠ the sum of its items, %3 (the subtotal is not an official cell).</source>
        <translation>%1：年报印出的小计 %2 ≠ 各分项之和 %3（该小计不是官方格式中的单元格）。</translation>
    </message>
    <message>
        <source>The subtotals %1 could not be checked: %2 of their items are blank or missing.</source>
        <translation>无法判断%1是否正确：其分项中有 %2 个为空或缺失。</translation>
    </message>
    <message>
        <source>Part “%1” states %2 (“%3”), but %4 is %5.</source>
        <translation>“%1”部分称 %2（“%3”），但%4为 %5。</translation>
    </message>
    <message>
        <source>Part “%1” states %2 (“%3”), which could not be checked: %4 is blank or missing.</source>
        <translation>“%1”部分称 %2（“%3”），无法判断是否一致：%4为空或缺失。</translation>
    </message>
    <message>
        <source>Part “%1” says “%2”, but %3 is %4.</source>
        <translation>“%1”部分称“%2”，但%3为 %4。</translation>
    </message>
    <message>
        <source>Part “%1” says “%2”, which could not be checked: %3 is blank or missing.</source>
        <translation>“%1”部分称“%2”，无法判断是否一致：%3为空或缺失。</translation>
    </message>
    <message>
        <source>The report&apos;s format “%1” is unknown: its figures were not checked.</source>
        <translation>年报格式“%1”未知：未核查其数字。</translation>
    </message>
    <message>
        <source>The rules of the %1 format cannot be used, so the report was not checked: %2</source>
        <translation>%1 年版格式的核查规则无法使用，未核查本年报：%2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character: it seems to have been cut short (an interrupted download or copy), and the end of the report may be missing. Compare the end with the original.</source>
        <translation>文件在一个字符的中间结束：文件似乎被截断（下载或复制中断），年报末尾可能缺失。请对照原件核对结尾部分。</translation>
    </message>
    <message>
        <source>Likely duplicate: the text of this report is exactly that of report %1, stored from another file (the same report in another encoding, such as UTF-8 and GBK). Check that the dataset does not count it twice.</source>
        <translation>可能重复：本年报的文本与年报 %1 完全相同，后者来自另一个文件（同一年报的另一种编码，如 UTF-8 与 GBK）。请确认数据集没有重复计入。</translation>
    </message>
    <message>
        <source>%1 is %2 % the same as this body&apos;s own report for %3 (%4 shared passages): copied from the earlier year?</source>
        <translation>%1与本机关 %3 年度年报的相同部分达 %2%（共 %4 处相同段落）：是否照搬了往年内容？</translation>
    </message>
    <message>
        <source>%1 is %2 % the same as the report of %3 for %4 (%5 shared passages).</source>
        <translation>%1与%3 %4 年度年报的相同部分达 %2%（共 %5 处相同段落）。</translation>
    </message>
    <message>
        <source>%1: %2 this year where the report for %3 had none; check the figure and the row it was put in.</source>
        <translation>%1：本年为 %2，而 %3 年度年报为 0；请核对该数字及其所填的行。</translation>
    </message>
    <message>
        <source>%1: none this year where the report for %2 had %3; check the figure and the row it was put in.</source>
        <translation>%1：本年为 0，而 %2 年度年报为 %3；请核对该数字及其所填的行。</translation>
    </message>
    <message>
        <source>%1: %2 this year against %3 in the report for %4, %5 times as many; check the figure (a unit, a digit too many?).</source>
        <translation>%1：本年为 %2，%4 年度年报为 %3，是其 %5 倍；请核对该数字（单位有误或多了一位数字？）。</translation>
    </message>
    <message>
        <source>%1: %2 this year against %3 in the report for %4, only 1/%5 of it; check the figure (a unit, a digit lost?).</source>
        <translation>%1：本年为 %2，%4 年度年报为 %3，仅为其 1/%5；请核对该数字（单位有误或少了一位数字？）。</translation>
    </message>
    <message>
        <source>The publishing body was not found in the report: set the agency, so that the report can be placed among its body&apos;s years.</source>
        <translation>报告中未找到发布机关：请填写机关名称，以便将报告归入该机关的各年度。</translation>
    </message>
    <message>
        <source>The year the report covers was not found: set the year, so that the report can be compared with its body&apos;s other years.</source>
        <translation>未找到报告所属年度：请填写年度，以便与该机关其他年度的报告比对。</translation>
    </message>
    <message>
        <source>The archive holds this body&apos;s report for %1 more than once (also report %2): keep one (Details → Keep this one), so that datasets, charts and cross-year checks count it once.</source>
        <translation>档案库中该机关 %1 年度的报告不止一份（另见报告 %2）：请保留其中一份（基本信息 → 保留这一份），使数据集、图表和跨年度检查只计一次。</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlCharset</name>
    <message>
        <source>The file seems to be truncated: it ends in the middle of a character, which was left out.</source>
        <translation>文件似乎不完整：末尾有一个残缺的字符，已略去。</translation>
    </message>
    <message>
        <source>The page declares the character set %1, but its text is not in it; it was read as %2.</source>
        <translation>网页声明的字符集为 %1，但其文本并非该编码；已按 %2 读取。</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlDocumentReader</name>
    <message>
        <source>the web page cannot be parsed as HTML</source>
        <translation>无法将网页解析为 HTML</translation>
    </message>
    <message>
        <source>the web page holds no text</source>
        <translation>网页中没有文字</translation>
    </message>
    <message>
        <source>The page declares a document type of its own (an internal DTD); it was left out, and the entities it declares were not expanded.</source>
        <translation>网页自行声明了文档类型（内部 DTD）；已忽略该声明，其中声明的实体未展开。</translation>
    </message>
    <message>
        <source>The page nests elements more than %1 deep; %2 elements past that depth were read as if one level up.</source>
        <translation>网页元素嵌套超过 %1 层；超出该深度的 %2 个元素按上一层读取。</translation>
    </message>
</context>
<context>
    <name>nianbao::Importer</name>
    <message>
        <source>No such file or folder.</source>
        <translation>没有该文件或文件夹。</translation>
    </message>
    <message>
        <source>No report processing was set up for the import.</source>
        <translation>导入未设置年报处理流程。</translation>
    </message>
    <message>
        <source>The disk is full: the import stopped. Stored and safe in the archive: %1 file(s); not imported: %2 file(s). Free some space and run the same import again: the files already stored are skipped.</source>
        <translation>磁盘已满：导入已停止。已安全存入档案库：%1 个文件；未导入：%2 个文件。请释放空间后重新运行同一导入：已存入的文件会被跳过。</translation>
    </message>
</context>
<context>
    <name>nianbao::LegacyWordDocumentReader</name>
    <message>
        <source>%1 files are read by converting them with LibreOffice, which is not installed. Install it (Debian: apt install libreoffice-writer-nogui), or open the file in Word or WPS and save it as .docx.</source>
        <translation>%1 文件需先用 LibreOffice 转换后读取，但系统未安装 LibreOffice。请安装（Debian：apt install libreoffice-writer-nogui），或用 Word 或 WPS 打开该文件并另存为 .docx。</translation>
    </message>
    <message>
        <source>no temporary folder for the conversion: %1</source>
        <translation>无法为转换创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the file could not be copied for conversion: %1</source>
        <translation>无法复制文件以进行转换：%1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the %1 file (is it damaged or protected by a password?)%2</source>
        <translation>LibreOffice 无法转换该 %1 文件（文件是否已损坏或设有密码？）%2</translation>
    </message>
    <message>
        <source>Converted from %1 to .docx with LibreOffice before reading.</source>
        <translation>读取前已用 LibreOffice 将 %1 转换为 .docx。</translation>
    </message>
</context>
<context>
    <name>nianbao::Notice</name>
    <message>
        <source>%1, annual report for %2</source>
        <translation>%1 %2 年度政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>File: %1 (report %2)</source>
        <translation>文件：%1（年报 %2）</translation>
    </message>
    <message>
        <source>Nothing to correct was found.</source>
        <translation>未发现需要整改的问题。</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>涉及单元格：%1</translation>
    </message>
    <message>
        <source>Your report:</source>
        <translation>贵单位年报：</translation>
    </message>
    <message>
        <source>The other report:</source>
        <translation>另一份年报：</translation>
    </message>
    <message>
        <source>the Word document could not be made</source>
        <translation>无法生成 Word 文档</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Broken rule</source>
        <translation>不符合规则</translation>
    </message>
    <message>
        <source>Implausible change</source>
        <translation>异常变化</translation>
    </message>
    <message>
        <source>Copied text</source>
        <translation>内容雷同</translation>
    </message>
    <message>
        <source>Rectification notice on the annual report of government information disclosure</source>
        <translation>关于政府信息公开工作年度报告的整改通知</translation>
    </message>
    <message>
        <source>The review of your annual report found the problems listed below. Please correct them, or explain why the report is right, and publish the corrected report.</source>
        <translation>经审核，贵单位年度报告存在以下问题。请逐项整改或说明理由，并发布更正后的年度报告。</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfDocumentReader</name>
    <message>
        <source>Tesseract OCR (Simplified Chinese) read the pages without a usable text layer: %1, with a mean confidence of %2%; check their figures against the original.</source>
        <translation>以下页面没有可用的文字层，已用 Tesseract OCR（简体中文）识别：%1，平均置信度 %2%；请对照原件核对这些页面上的数字。</translation>
    </message>
    <message>
        <source>OCR reads at most %1 pages of a document; these were left out: %2.</source>
        <translation>OCR 每份文档最多识别 %1 页；以下页面未识别：%2。</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 没有页面</translation>
    </message>
    <message>
        <source>the PDF has no usable text layer (it is scanned, or its fonts do not map to characters); %1</source>
        <translation>PDF 没有可用的文字层（是扫描件，或其字体无法映射为字符）；%1</translation>
    </message>
    <message>
        <source>These pages have no usable text layer and were left out: %1; %2.</source>
        <translation>以下页面没有可用的文字层，已略去：%1；%2。</translation>
    </message>
    <message>
        <source>the PDF holds no text</source>
        <translation>PDF 中没有文字</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfFile</name>
    <message>
        <source>the PDF is damaged: its structure cannot be read</source>
        <translation>PDF 已损坏：无法读取其结构</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password to open; save a copy without the password</source>
        <translation>PDF 已加密，需要密码才能打开；请另存一份不带密码的副本</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportJson</name>
    <message>
        <source>the JSON object has no cells</source>
        <translation>JSON 对象中没有单元格</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportProcessing</name>
    <message>
        <source>No report processing was set up.</source>
        <translation>未设置年报处理程序。</translation>
    </message>
    <message>
        <source>The file could not be processed: %1</source>
        <translation>无法处理该文件：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewSession</name>
    <message>
        <source>A reviewer name is required.</source>
        <translation>需要审核人姓名。</translation>
    </message>
    <message>
        <source>The change was made to report %1, not to report %2.</source>
        <translation>该改动属于年报 %1，而非年报 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 of report %2 has no candidate reading %3 (it has %n).</source>
        <translation>
            <numerusform>年报 %2 的单元格 %1 没有第 %3 种候选读数（共 %n 种）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change names no cell.</source>
        <translation>该改动未指明单元格。</translation>
    </message>
    <message>
        <source>Report %1 has no cell %2.</source>
        <translation>年报 %1 没有单元格 %2。</translation>
    </message>
    <message>
        <source>Settled: a reviewer changed or accepted every cell it names.</source>
        <translation>已处理：审核人已修改或确认其涉及的每个单元格。</translation>
    </message>
    <message>
        <source>Report %1 has no finding %2.</source>
        <translation>年报 %1 没有问题 %2。</translation>
    </message>
    <message>
        <source>The change names no field.</source>
        <translation>该改动未指明字段。</translation>
    </message>
    <message>
        <source>The review status is set on its own, not as a field.</source>
        <translation>审核状态须单独设置，不能作为字段修改。</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 still has %n undecided error(s): confirm or dismiss each one before marking it reviewed, or override with a reason.</source>
        <translation>
            <numerusform>年报 %1 仍有 %n 个未处理的错误：请逐一确认或驳回后再标记为已审核，或填写理由强制标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change names no finding.</source>
        <translation>该修改未指明任何问题。</translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <translation>年报 %1：%2</translation>
    </message>
    <message>
        <source>Report %1 has no agency or no year: there is no other report of its body and year to set aside.</source>
        <translation>报告 %1 没有机关或年度：没有同一机关同一年度的其他报告可以搁置。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewStatus</name>
    <message>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
</context>
<context>
    <name>nianbao::RuleCompiler</name>
    <message>
        <source>there is no cell &quot;%1&quot;</source>
        <translation>没有单元格“%1”</translation>
    </message>
    <message>
        <source>it names no cell</source>
        <translation>未指定任何单元格</translation>
    </message>
    <message>
        <source>it names no narrative part</source>
        <translation>未指定任何文字部分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a narrative part of the format</source>
        <translation>“%1”不是该格式的文字部分</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; is invalid: %2</source>
        <translation>模式“%1”无效：%2</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; has no group (?&lt;n&gt;…) for the number</source>
        <translation>模式“%1”缺少用于数字的分组 (?&lt;n&gt;…)</translation>
    </message>
    <message>
        <source>it has no pattern</source>
        <translation>缺少模式</translation>
    </message>
    <message>
        <source>the narrative rules have more than %1 keywords</source>
        <translation>文字部分规则的关键词超过 %1 个</translation>
    </message>
    <message>
        <source>it needs cell_label</source>
        <translation>需要 cell_label</translation>
    </message>
    <message>
        <source>it accepts no sum of cells</source>
        <translation>不接受单元格之和</translation>
    </message>
    <message>
        <source>it lists no zero marks</source>
        <translation>未列出零值标记</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation>没有表“%1”</translation>
    </message>
    <message>
        <source>a subtotal of &quot;%1&quot; totals cells the table does not have</source>
        <translation>“%1”的小计汇总了表中没有的单元格</translation>
    </message>
    <message>
        <source>a rule of kind &quot;%1&quot; has no code</source>
        <translation>类型为“%1”的规则没有代码</translation>
    </message>
    <message>
        <source>unknown rule kind &quot;%1&quot;</source>
        <translation>未知的规则类型“%1”</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>未知的级别“%1”</translation>
    </message>
    <message>
        <source>a rule is not a JSON object</source>
        <translation>有一条规则不是 JSON 对象</translation>
    </message>
    <message>
        <source>format %1: %2</source>
        <translation>格式 %1：%2</translation>
    </message>
    <message>
        <source>format %1: two rules have the code %2</source>
        <translation>格式 %1：两条规则的代码都是 %2</translation>
    </message>
    <message>
        <source>unknown year &quot;%1&quot;</source>
        <translation>未知的年份“%1”</translation>
    </message>
    <message>
        <source>a term of %1 names no key</source>
        <translation>%1 的某一项未指定键</translation>
    </message>
    <message>
        <source>only a cross_year rule may use the previous year</source>
        <translation>只有 cross_year 规则可以使用上一年度</translation>
    </message>
    <message>
        <source>its side %1 is empty</source>
        <translation>其 %1 侧为空</translation>
    </message>
    <message>
        <source>it needs lhs_label and rhs_label</source>
        <translation>需要 lhs_label 和 rhs_label</translation>
    </message>
    <message>
        <source>for_each must be &quot;column&quot; or &quot;row&quot;, not &quot;%1&quot;</source>
        <translation>for_each 必须是“column”或“row”，不能是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of table %2</source>
        <translation>“%1”不是表 %2 的行</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of table %2</source>
        <translation>“%1”不是表 %2 的列</translation>
    </message>
    <message>
        <source>it applies to no row or column</source>
        <translation>未作用于任何行或列</translation>
    </message>
</context>
<context>
    <name>nianbao::RuleName</name>
    <message>
        <source>Table not found</source>
        <translation>未找到表格</translation>
    </message>
    <message>
        <source>Row not found</source>
        <translation>未找到行</translation>
    </message>
    <message>
        <source>Row found by position</source>
        <translation>按位置找到的行</translation>
    </message>
    <message>
        <source>Row with too few figures</source>
        <translation>行内数字不足</translation>
    </message>
    <message>
        <source>Row with extra figures</source>
        <translation>行内数字多余</translation>
    </message>
    <message>
        <source>Glued digits</source>
        <translation>数字粘连</translation>
    </message>
    <message>
        <source>Glued digits split</source>
        <translation>已拆分粘连数字</translation>
    </message>
    <message>
        <source>Reading settled by the other figures</source>
        <translation>由其他数字确定的读数</translation>
    </message>
    <message>
        <source>Labels apart from figures</source>
        <translation>标签与数字分离</translation>
    </message>
    <message>
        <source>Labels displaced</source>
        <translation>标签错位</translation>
    </message>
    <message>
        <source>Reading search cut short</source>
        <translation>读数搜索未完成</translation>
    </message>
    <message>
        <source>Label matched loosely</source>
        <translation>标签模糊匹配</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>小数位过多</translation>
    </message>
    <message>
        <source>Unit converted</source>
        <translation>单位已换算</translation>
    </message>
    <message>
        <source>Variant of the form</source>
        <translation>表格变体</translation>
    </message>
    <message>
        <source>Unreadable cell</source>
        <translation>无法识别的单元格</translation>
    </message>
    <message>
        <source>Uncertain order</source>
        <translation>顺序不确定</translation>
    </message>
    <message>
        <source>Format from the year</source>
        <translation>按年度推定格式</translation>
    </message>
    <message>
        <source>Format not recognised</source>
        <translation>无法识别格式</translation>
    </message>
    <message>
        <source>Poor text</source>
        <translation>文本质量差</translation>
    </message>
    <message>
        <source>Uncertain OCR reading</source>
        <translation>OCR 识别不确定</translation>
    </message>
    <message>
        <source>Truncated file</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>Same text as another report</source>
        <translation>与另一份报告文本相同</translation>
    </message>
    <message>
        <source>Agency missing</source>
        <translation>缺少机关名称</translation>
    </message>
    <message>
        <source>Year missing</source>
        <translation>缺少年度</translation>
    </message>
    <message>
        <source>Same body and year twice</source>
        <translation>同一机关同一年度重复</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>Rules unusable</source>
        <translation>规则不可用</translation>
    </message>
    <message>
        <source>Copied text</source>
        <translation>内容雷同</translation>
    </message>
    <message>
        <source>Jump from last year</source>
        <translation>较上年激增</translation>
    </message>
    <message>
        <source>Drop from last year</source>
        <translation>较上年骤降</translation>
    </message>
    <message>
        <source>Appeared this year</source>
        <translation>本年新出现</translation>
    </message>
    <message>
        <source>Vanished this year</source>
        <translation>本年消失</translation>
    </message>
    <message>
        <source>%1 (not checkable)</source>
        <translation>%1（无法核对）</translation>
    </message>
</context>
<context>
    <name>nianbao::Schema</name>
    <message>
        <source>%1 is an SQLite database of another program, not a Nianbao archive; it was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Nianbao 档案库；未作任何改动。</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Nianbao (archive format %2; this version reads up to %3). Open it with a newer Nianbao; it was left unchanged.</source>
        <translation>档案库 %1 由较新版本的 Nianbao 写入（档案格式 %2；本版本最高可读 %3）。请用较新版本的 Nianbao 打开；未作任何改动。</translation>
    </message>
    <message>
        <source>There is no archive format %1.</source>
        <translation>没有档案格式 %1。</translation>
    </message>
    <message>
        <source>Upgrading the archive %1 to format %2 failed, and it was left as it was: %3</source>
        <translation>将档案库 %1 升级到格式 %2 失败，已保持原状：%3</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Nianbao archive; it was left unchanged.</source>
        <translation>%1 含有其他程序的表，不是年报档案库；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>nianbao::SqliteConnection</name>
    <message>
        <source>Cannot open the archive %1</source>
        <translation>无法打开档案库 %1</translation>
    </message>
    <message>
        <source>The archive database reported an error: %1</source>
        <translation>档案库数据库报告错误：%1</translation>
    </message>
    <message>
        <source>The archive database rejected a query</source>
        <translation>档案库数据库拒绝了一次查询</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>nianbao::SqliteStatement</name>
    <message>
        <source>The archive database reported an error: %1</source>
        <translation>档案库数据库报错：%1</translation>
    </message>
    <message>
        <source>The disk is full: the archive cannot grow (%1).</source>
        <translation>磁盘已满：档案库无法再增大（%1）。</translation>
    </message>
</context>
<context>
    <name>nianbao::TemplateLoader</name>
    <message>
        <source>chart %1: %2</source>
        <translation>图表 %1：%2</translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;</source>
        <translation>未知的图表种类“%1”</translation>
    </message>
    <message>
        <source>it needs a key, a title and a table</source>
        <translation>缺少键、标题或表格</translation>
    </message>
    <message>
        <source>a series needs a key and cells</source>
        <translation>有一个系列缺少键或单元格</translation>
    </message>
    <message>
        <source>column %1 has an unknown type &quot;%2&quot;</source>
        <translation>列 %1 的类型“%2”未知</translation>
    </message>
    <message>
        <source>a column has no key</source>
        <translation>有一列没有键</translation>
    </message>
    <message>
        <source>block %1 needs columns and rows</source>
        <translation>区块 %1 需要列和行</translation>
    </message>
    <message>
        <source>table %1 has an unknown layout &quot;%2&quot;</source>
        <translation>表 %1 的版式“%2”未知</translation>
    </message>
    <message>
        <source>a table has no key or no blocks</source>
        <translation>有一张表没有键或没有区块</translation>
    </message>
    <message>
        <source>the template is not valid JSON: %1</source>
        <translation>格式文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the template uses an unknown schema version</source>
        <translation>格式文件使用了未知的结构版本</translation>
    </message>
    <message>
        <source>the template has no id or no tables</source>
        <translation>格式文件没有编号或没有表</translation>
    </message>
    <message>
        <source>template %1 defines cell %2 twice</source>
        <translation>格式 %1 重复定义了单元格 %2</translation>
    </message>
    <message>
        <source>table %1 has a group without a key</source>
        <translation>表 %1 有一个分组没有键</translation>
    </message>
    <message>
        <source>table %1 defines group %2 twice</source>
        <translation>表 %1 重复定义了分组 %2</translation>
    </message>
    <message>
        <source>group %1 of table %2 is in an unknown group &quot;%3&quot;</source>
        <translation>表 %2 的分组 %1 属于未知分组“%3”</translation>
    </message>
    <message>
        <source>group %1 of table %2 is inside itself</source>
        <translation>表 %2 的分组 %1 嵌套在自身之内</translation>
    </message>
    <message>
        <source>row %1 of table %2 is in an unknown group &quot;%3&quot;</source>
        <translation>表 %2 的行 %1 属于未知分组“%3”</translation>
    </message>
</context>
<context>
    <name>nianbao::TemplateRegistry</name>
    <message>
        <source>cannot read template %1</source>
        <translation>无法读取模板 %1</translation>
    </message>
</context>
<context>
    <name>nianbao::TesseractOcr</name>
    <message>
        <source>reading it needs OCR, and Tesseract is not installed (Debian: apt install tesseract-ocr tesseract-ocr-chi-sim)</source>
        <translation>读取需要 OCR 识别，但系统未安装 Tesseract（Debian：apt install tesseract-ocr tesseract-ocr-chi-sim）</translation>
    </message>
    <message>
        <source>reading it needs OCR, and Tesseract is installed without its Simplified Chinese model (Debian: apt install tesseract-ocr-chi-sim)</source>
        <translation>读取需要 OCR 识别，但 Tesseract 未安装简体中文模型（Debian：apt install tesseract-ocr-chi-sim）</translation>
    </message>
    <message>
        <source>the page could not be prepared for OCR</source>
        <translation>无法为 OCR 识别准备该页面</translation>
    </message>
    <message>
        <source>Tesseract failed: %1</source>
        <translation>Tesseract 运行失败：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::TextDecoder</name>
    <message>
        <source>The file seems to be truncated: it ends in the middle of a character, which was left out.</source>
        <translation>文件似乎不完整：末尾有一个残缺的字符，已略去。</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte-order mark but its text is not valid %1</source>
        <translation>文件以 %1 字节顺序标记（BOM）开头，但其文本不是有效的 %1</translation>
    </message>
    <message>
        <source>the text looks like UTF-8, but the bytes from offset %1 on are not valid UTF-8</source>
        <translation>文本看似 UTF-8 编码，但从偏移量 %1 起的字节不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the text looks like GB18030 (GBK), but does not read cleanly as Chinese in it</source>
        <translation>文本看似 GB18030（GBK）编码，但按此编码无法正确读出中文</translation>
    </message>
    <message>
        <source>the text is in none of the encodings Nianbao reads (UTF-8, UTF-16 and GB18030); it looks like %1</source>
        <translation>文本不属于 Nianbao 可读取的任何编码（UTF-8、UTF-16 和 GB18030），看似 %1 编码</translation>
    </message>
    <message>
        <source>the text is in none of the encodings Nianbao reads (UTF-8, UTF-16 and GB18030)</source>
        <translation>文本不属于 Nianbao 可读取的任何编码（UTF-8、UTF-16 和 GB18030）</translation>
    </message>
    <message>
        <source>the file holds binary data, not text (it has zero bytes that are not UTF-16 text)</source>
        <translation>文件包含二进制数据而非文本（其中有不属于 UTF-16 文本的零字节）</translation>
    </message>
    <message>
        <source>the file holds binary data, not text (%1 control characters in %2 bytes)</source>
        <translation>文件包含二进制数据而非文本（%2 字节中有 %1 个控制字符）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file holds binary data, not text (%1 control characters in %2 characters)</source>
        <translation>文件包含二进制数据而非文本（%2 个字符中有 %1 个控制字符）</translation>
    </message>
    <message>
        <source>the file holds only blank space</source>
        <translation>文件中只有空白字符</translation>
    </message>
</context>
<context>
    <name>nianbao::ZipPackage</name>
    <message>
        <source>the file is damaged or incomplete: it is not a complete ZIP archive, as a Word .docx file must be</source>
        <translation>文件已损坏或不完整：Word .docx 文件应是完整的 ZIP 压缩包，而该文件不是</translation>
    </message>
    <message>
        <source>the file is refused as a likely zip bomb: its part %1 unpacks to far more than any document</source>
        <translation>文件疑似 ZIP 炸弹，已拒绝读取：其部件 %1 解压后远大于任何正常文档</translation>
    </message>
    <message>
        <source>the file lacks its part %1, which a Word document has</source>
        <translation>文件缺少 Word 文档应有的部件 %1</translation>
    </message>
    <message>
        <source>the file is protected by a password; save it again without one</source>
        <translation>文件设有密码保护；请去掉密码后重新保存</translation>
    </message>
    <message>
        <source>the file&apos;s part %1 unpacks to %2, more than the %3 a document may have</source>
        <translation>文件的部件 %1 解压后为 %2，超过了文档的上限 %3</translation>
    </message>
</context>
<context>
    <name>nianbao::cli</name>
    <message>
        <source>read reports and print their cells and findings as JSON</source>
        <translation>读取年报，以 JSON 格式输出其单元格和问题</translation>
    </message>
    <message>
        <source>write the archive as a dataset (CSV, XLSX, JSON) or its findings</source>
        <translation>将档案库导出为数据集（CSV、XLSX、JSON）或问题清单</translation>
    </message>
    <message>
        <source>print the plain text the extractor works on (spans index into it)</source>
        <translation>输出提取所依据的纯文本（JSON 中的 span 位置即指向此文本）</translation>
    </message>
    <message>
        <source>the archive (default: the user&apos;s archive)</source>
        <translation>档案库（默认为当前用户的档案库）</translation>
    </message>
    <message>
        <source>csv, xlsx or json</source>
        <translation>csv、xlsx 或 json</translation>
    </message>
    <message>
        <source>wide (a row per report, the default) or long (a row per cell)</source>
        <translation>wide（宽表，每份年报一行，默认）或 long（长表，每个单元格一行）</translation>
    </message>
    <message>
        <source>only reports a reviewer marked as reviewed</source>
        <translation>仅导出审核人已标记为已审核的年报</translation>
    </message>
    <message>
        <source>only these years, e.g. 2021,2022</source>
        <translation>仅导出这些年度，如 2021,2022</translation>
    </message>
    <message>
        <source>only agencies whose name contains TEXT (may be repeated)</source>
        <translation>仅导出名称包含 TEXT 的机关（可多次指定）</translation>
    </message>
    <message>
        <source>only reports in this format, e.g. 2021 (may be repeated)</source>
        <translation>仅导出采用此格式的年报，如 2021（可多次指定）</translation>
    </message>
    <message>
        <source>add each value&apos;s printed text, confidence, extracted value and corrector</source>
        <translation>附加每个值的原文、置信度、提取值和更正人</translation>
    </message>
    <message>
        <source>write the report of open findings instead of the dataset</source>
        <translation>导出待处理问题清单，而非数据集</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export 命令需要 -o FILE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (csv, xlsx or json)</source>
        <translation>未知格式“%1”（应为 csv、xlsx 或 json）</translation>
    </message>
    <message>
        <source>export needs --format csv, xlsx or json</source>
        <translation>export 命令需要 --format（csv、xlsx 或 json）</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (wide or long)</source>
        <translation>未知布局“%1”（应为 wide 或 long）</translation>
    </message>
    <message>
        <source>Writes the archive&apos;s reports as a dataset (corrected values where a reviewer corrected a cell, extracted values elsewhere), or the report of open findings.</source>
        <translation>将档案库中的年报导出为数据集（审核人更正过的单元格取更正值，其余单元格取提取值），或导出待处理问题清单。</translation>
    </message>
    <message>
        <source>export takes no FILE arguments: give the output with -o FILE</source>
        <translation>export 命令不接受 FILE 参数：请用 -o FILE 指定输出文件</translation>
    </message>
    <message>
        <source>there is no archive here (import reports first)</source>
        <translation>此处没有档案库（请先导入年报）</translation>
    </message>
    <message numerus="yes">
        <source>exported %n report(s), %1 rows: %2
</source>
        <translation>
            <numerusform>已导出 %n 份年报，共 %1 行：%2
</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads reports and prints, for each, its format, metadata, every cell and every finding as JSON.</source>
        <translation>读取年报，并以 JSON 格式逐份输出其格式、元数据、全部单元格和全部问题。</translation>
    </message>
    <message>
        <source>print JSON (the default)</source>
        <translation>输出 JSON（默认）</translation>
    </message>
    <message>
        <source>report files</source>
        <translation>年报文件</translation>
    </message>
    <message>
        <source>extract needs at least one FILE</source>
        <translation>extract 命令至少需要一个 FILE</translation>
    </message>
    <message>
        <source>usage: nianbao-cli COMMAND [OPTIONS] ...</source>
        <translation>用法：nianbao-cli COMMAND [OPTIONS] ...</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: nianbao-cli text FILE</source>
        <translation>用法：nianbao-cli text FILE</translation>
    </message>
    <message>
        <source>the archive: a file (default: nianbao.sqlite in the user&apos;s data folder) or a team archive&apos;s PostgreSQL URI (postgresql://user@host/dbname)</source>
        <translation>档案库：文件（默认：用户数据文件夹中的 nianbao.sqlite），或团队档案库的 PostgreSQL URI（postgresql://user@host/dbname）</translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation>档案库</translation>
    </message>
    <message>
        <source>--db needs an archive file</source>
        <translation>--db 需要指定档案库文件</translation>
    </message>
    <message>
        <source>add report files and folders to the archive, extracting and validating each</source>
        <translation>将年报文件和文件夹加入档案库，逐份提取并核查</translation>
    </message>
    <message>
        <source>list the archive&apos;s reports with their review status and open issues</source>
        <translation>列出档案库中的年报及其审核状态和待处理问题</translation>
    </message>
    <message>
        <source>Adds reports to the archive, reading, extracting and validating each. Folders are searched recursively; a file already in the archive is a duplicate and is not stored again.</source>
        <translation>将年报加入档案库，逐份读取、提取并核查。文件夹会递归搜索；档案库中已有的文件视为重复，不再重复保存。</translation>
    </message>
    <message>
        <source>report files or folders</source>
        <translation>年报文件或文件夹</translation>
    </message>
    <message>
        <source>import needs at least one PATH</source>
        <translation>import 至少需要一个 PATH</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1/%2 files: imported %3, duplicates %4, failed %5</source>
        <translation>%1/%2 个文件：已导入 %3，重复 %4，失败 %5</translation>
    </message>
    <message>
        <source>record a reviewer&apos;s value for a cell, or a report&apos;s agency, year, title or region</source>
        <translation>记录审核人给出的单元格数值，或年报的机关、年度、标题、地区</translation>
    </message>
    <message>
        <source>vouch for a cell&apos;s value as read, or take a candidate reading</source>
        <translation>确认单元格的读取值，或采用一种候选读数</translation>
    </message>
    <message>
        <source>confirm, dismiss or reopen a finding of a report</source>
        <translation>确认、驳回或重新打开年报的问题</translation>
    </message>
    <message>
        <source>set a report&apos;s review status (pending, reviewed, doubtful)</source>
        <translation>设置年报的审核状态（pending 待审核、reviewed 已审核、doubtful 存疑）</translation>
    </message>
    <message>
        <source>print the review history of a report or a cell</source>
        <translation>打印年报或单元格的审核历史</translation>
    </message>
    <message>
        <source>Prints every change a reviewer made to a report (corrections, acceptances, decisions, field and status changes), oldest first, or those of one cell.</source>
        <translation>按时间先后打印审核人对年报所做的每项改动（修改、确认、处理意见、字段和状态变更），或某一单元格的改动。</translation>
    </message>
    <message>
        <source>report %1 has no cell &quot;%2&quot;</source>
        <translation>年报 %1 没有单元格“%2”</translation>
    </message>
    <message>
        <source>who makes the change (required)</source>
        <translation>改动人（必填）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>why, recorded in the history</source>
        <translation>理由，记入历史</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而非文字</translation>
    </message>
    <message>
        <source>usage: nianbao-cli %1 [OPTIONS] %2</source>
        <translation>用法：nianbao-cli %1 [选项] %2</translation>
    </message>
    <message>
        <source>%1 needs --reviewer NAME: every change is recorded with who made it</source>
        <translation>%1 需要 --reviewer 姓名：每项改动都记录改动人</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report id (the ID column of nianbao-cli list)</source>
        <translation>“%1”不是报告编号（见 nianbao-cli list 的 ID 列）</translation>
    </message>
    <message>
        <source>report %1 has no cell &quot;%2&quot; (cell keys as in tables.md, e.g. t3.new.natural)</source>
        <translation>年报 %1 没有单元格“%2”（单元格键见 tables.md，如 t3.new.natural）</translation>
    </message>
    <message>
        <source>Records a reviewer&apos;s value for a cell of a report (a number, or &quot;blank&quot;), or a new agency, year, title or region for the report. The report is checked again and the change is kept in its history.</source>
        <translation>记录审核人给出的年报单元格数值（数字，或 &quot;blank&quot; 表示空白），或年报新的机关、年度、标题、地区。年报随即重新校验，改动记入历史。</translation>
    </message>
    <message>
        <source>the review status is set with nianbao-cli status</source>
        <translation>审核状态请用 nianbao-cli status 设置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell value: give a number, or &quot;blank&quot;</source>
        <translation>“%1”不是单元格数值：请给出数字，或 &quot;blank&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year: give one such as 2022, or &quot;unknown&quot;</source>
        <translation>“%1”不是年份：请给出如 2022 的年份，或 &quot;unknown&quot;</translation>
    </message>
    <message>
        <source>Records that a reviewer vouches for a cell&apos;s value as read, or, with --candidate, takes one of the extractor&apos;s candidate readings for it. Extraction doubts whose every cell is vouched for are settled.</source>
        <translation>记录审核人确认单元格的读取值，或用 --candidate 采用提取器的一种候选读数。所涉单元格均已确认的提取疑点随之处理。</translation>
    </message>
    <message>
        <source>take the extractor&apos;s candidate reading N (1 is the best)</source>
        <translation>采用提取器的第 N 种候选读数（1 为最佳）</translation>
    </message>
    <message>
        <source>--candidate takes 1, 2, ..., not &quot;%1&quot;</source>
        <translation>--candidate 取 1、2……，不能是“%1”</translation>
    </message>
    <message>
        <source>cell %1 of report %2 has %3 candidate readings, not %4</source>
        <translation>年报 %2 的单元格 %1 有 %3 种候选读数，没有第 %4 种</translation>
    </message>
    <message>
        <source>Records a reviewer&apos;s verdict on a finding of a report: confirm (the report is wrong as printed), dismiss (the finding does not hold) or reopen. FINDING is the finding&apos;s id as --json prints it (&quot;finding&quot;), or a rule code the report has one finding of.</source>
        <translation>记录审核人对年报问题的处理意见：confirm 确认（年报原文有误）、dismiss 驳回（问题不成立）或 reopen 重新打开。FINDING 为 --json 输出的问题编号（&quot;finding&quot;），或年报中仅有一个问题的规则代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verdict: confirm, dismiss or reopen</source>
        <translation>“%1”不是处理意见：请用 confirm、dismiss 或 reopen</translation>
    </message>
    <message>
        <source>report %1 has no finding &quot;%2&quot;</source>
        <translation>年报 %1 没有问题“%2”</translation>
    </message>
    <message>
        <source>report %1 has several findings of rule %2; name one: %3</source>
        <translation>年报 %1 有多个规则 %2 的问题，请指明其一：%3</translation>
    </message>
    <message>
        <source>Sets a report&apos;s review status: pending, reviewed or doubtful. A report with undecided errors is marked reviewed only with --override and a --reason, both recorded.</source>
        <translation>设置年报的审核状态：pending 待审核、reviewed 已审核或 doubtful 存疑。有未处理错误的年报须加 --override 和 --reason 才能标记为已审核，二者均记入历史。</translation>
    </message>
    <message>
        <source>mark the report reviewed although errors are undecided (needs --reason)</source>
        <translation>在错误未处理时仍标记为已审核（须附 --reason）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status: pending, reviewed or doubtful</source>
        <translation>“%1”不是审核状态：请用 pending、reviewed 或 doubtful</translation>
    </message>
    <message>
        <source>--override needs --reason TEXT: the history says why</source>
        <translation>--override 需要 --reason 文字：历史须载明理由</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1: reading %2 accepted, %3 → %4</source>
        <translation>%1：采用第 %2 种读数，%3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation>%1：%2 已确认</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(override)</source>
        <translation>（强制）</translation>
    </message>
    <message>
        <source>report %1: %2</source>
        <translation>年报 %1：%2</translation>
    </message>
    <message>
        <source>%1; open issues: %2 (%3 errors, %4 warnings, %5 notes)</source>
        <translation>%1；未处理问题：%2（错误 %3、警告 %4、提示 %5）</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>likely duplicate: its text is exactly that of report %1 (stored with a warning)</source>
        <translation>可能重复：其文本与年报 %1 完全相同（已存入并附警告）</translation>
    </message>
    <message>
        <source>copy an archive into a new one (SQLite and PostgreSQL, either way), verified by counts and checksums</source>
        <translation>把档案库复制到新档案库（SQLite 与 PostgreSQL 双向），以行数和校验和核验</translation>
    </message>
    <message>
        <source>Copies a whole archive into a new, empty one: from an SQLite file to a team archive on PostgreSQL, or back. Reports, texts, corrections with their history, decisions and changes are copied row for row; every table&apos;s row count and checksum are compared before the copy is committed.</source>
        <translation>把整个档案库复制到新的空档案库：从 SQLite 文件到 PostgreSQL 上的团队档案库，或反向。报告、文本、更正及其历史、决定和修改逐行复制；提交前比对每张表的行数和校验和。</translation>
    </message>
    <message>
        <source>the archive to copy (a file or a URI)</source>
        <translation>要复制的档案库（文件或 URI）</translation>
    </message>
    <message>
        <source>the new archive (a file or a URI; it must hold no report)</source>
        <translation>新档案库（文件或 URI；其中不能已有报告）</translation>
    </message>
    <message>
        <source>print the tables copied as JSON</source>
        <translation>以 JSON 输出所复制的表</translation>
    </message>
    <message>
        <source>migrate needs --from ARCHIVE and --to ARCHIVE, and nothing else</source>
        <translation>migrate 需要 --from ARCHIVE 和 --to ARCHIVE，且不接受其他参数</translation>
    </message>
    <message numerus="yes">
        <source>copied %n report(s) from %1 to %2; every table verified:
</source>
        <translation>
            <numerusform>已从 %1 复制 %n 份报告到 %2；每张表均已核验：
</numerusform>
        </translation>
    </message>
    <message>
        <source>import the registry of bodies expected to report (CSV, XLSX), or list it</source>
        <translation>导入应报送年报的机关名录（CSV、XLSX），或列出名录</translation>
    </message>
    <message>
        <source>which bodies of the registry published a year&apos;s report on time, late or not at all</source>
        <translation>名录中各机关某年度年报是按时发布、逾期发布还是未发布</translation>
    </message>
    <message>
        <source>the pairs of reports whose narratives are most alike (copied text)</source>
        <translation>文字内容最相似的年报对（内容雷同）</translation>
    </message>
    <message>
        <source>a report beside the same body&apos;s report of the year before</source>
        <translation>将年报与同一机关上一年度的年报并列对比</translation>
    </message>
    <message>
        <source>write the rectification notice of reports as PDF or .docx</source>
        <translation>生成年报整改通知（PDF 或 .docx）</translation>
    </message>
    <message>
        <source>--%1 does not take &quot;%2&quot;</source>
        <translation>--%1 不接受“%2”</translation>
    </message>
    <message numerus="yes">
        <source>imported %n bodies
</source>
        <translation>
            <numerusform>已导入 %n 个机关
</numerusform>
        </translation>
    </message>
    <message>
        <source>assign reports (by id or by filter) to a reviewer, or to nobody</source>
        <translation>将报告(按编号或筛选)分派给审核员,或取消分派</translation>
    </message>
    <message>
        <source>each reviewer&apos;s reports by review status</source>
        <translation>每位审核员的报告及审核状态</translation>
    </message>
</context>
<context>
    <name>nianbao::gui</name>
    <message>
        <source>Review open-government-information annual reports.</source>
        <translation>审核政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>The archive to open (default: %1).</source>
        <translation>要打开的档案库（默认：%1）。</translation>
    </message>
    <message>
        <source>ARCHIVE</source>
        <translation>ARCHIVE</translation>
    </message>
    <message>
        <source>Reports to import and open.</source>
        <translation>要导入并打开的年报。</translation>
    </message>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>无法打开档案库：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::supervision::DeskStore</name>
    <message>
        <source>The registry stored in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中保存的机关名录：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::BodyView</name>
    <message>
        <source>%1 (%2, report %3)</source>
        <translation>%1（%2 年度，年报 %3）</translation>
    </message>
    <message>
        <source>%1: %2 % of the text kept from %3</source>
        <translation>%1：%2% 的文字沿用 %3 年度</translation>
    </message>
    <message>
        <source>No report of %1 in the archive.</source>
        <translation>档案库中没有 %1 年度的年报。</translation>
    </message>
    <message>
        <source>The archive holds no report of this body for the year before.</source>
        <translation>档案库中没有该机关上一年度的年报。</translation>
    </message>
    <message numerus="yes">
        <source>%1 beside %2: %n implausible changes or broken identities.</source>
        <translation>
            <numerusform>%1 年度对比 %2 年度：%n 处异常变化或跨年度关系不符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::BrowserPane</name>
    <message>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any findings</source>
        <translation>不限问题</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>有待处理的错误</translation>
    </message>
    <message>
        <source>Open errors or warnings</source>
        <translation>有待处理的错误或警告</translation>
    </message>
    <message>
        <source>Any open finding</source>
        <translation>有待处理的问题</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>显示 %1 份 / 共 %2 份</translation>
    </message>
    <message>
        <source>Search the reports&apos; text…</source>
        <translation>搜索年报全文…</translation>
    </message>
    <message>
        <source>Words that must all occur in the report</source>
        <translation>年报中须全部出现的词语</translation>
    </message>
    <message>
        <source>Agency…</source>
        <translation>机关…</translation>
    </message>
    <message>
        <source>Part of the agency&apos;s name</source>
        <translation>机关名称的一部分</translation>
    </message>
    <message>
        <source>The year the report is about</source>
        <translation>年报所属年度</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Reports with open findings of this severity or worse</source>
        <translation>有此级别或更严重的待处理问题的年报</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CellHistoryDialog</name>
    <message>
        <source>Cell history</source>
        <translation>单元格历史</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2. No reviewer has changed this cell.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;识别为 %2。尚无审核人更改此单元格。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Read as %2; %n correction(s), oldest first.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;识别为 %2；共 %n 次更正，按时间先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1（已认可）</translation>
    </message>
    <message>
        <source>%1 (acceptance withdrawn)</source>
        <translation>%1（撤回认可）</translation>
    </message>
    <message>
        <source>%1 (reading %2 accepted)</source>
        <translation>%1（采用读数 %2）</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CellValueType</name>
    <message numerus="yes">
        <source>Enter an amount of at most %n decimal place(s).</source>
        <translation>
            <numerusform>请输入最多保留 %n 位小数的金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation>请输入大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ChartsPane</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>The report&apos;s format was not recognised.</source>
        <translation>未能识别年报的格式。</translation>
    </message>
    <message>
        <source>Open a report to see its charts.</source>
        <translation>打开一份年报即可查看其图表。</translation>
    </message>
    <message>
        <source>No year of this body has figures.</source>
        <translation>该机关没有任何年度的数字。</translation>
    </message>
    <message>
        <source>All figures are 0 or blank.</source>
        <translation>所有数字均为 0 或空白。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ClaimBar</name>
    <message>
        <source>Take Over</source>
        <translation>接手审核</translation>
    </message>
    <message>
        <source>Review this report yourself: the other reviewer&apos;s window shows it read-only from then on</source>
        <translation>由您来审核此报告:此后另一位审核员的窗口中该报告变为只读</translation>
    </message>
    <message>
        <source>Read-only: report %1 is being reviewed by %2 since %3.</source>
        <translation>只读:报告 %1 正由 %2 审核(自 %3 起)。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CoverageModel</name>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不明</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>set by a reviewer</source>
        <translation>审核人设定</translation>
    </message>
    <message>
        <source>labelled date</source>
        <translation>标注的日期</translation>
    </message>
    <message>
        <source>date under the title</source>
        <translation>标题下的日期</translation>
    </message>
    <message>
        <source>closing date line</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>document date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>file metadata</source>
        <translation>文件元数据</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>日期来源</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CoverageView</name>
    <message>
        <source>%1 (report %2)</source>
        <translation>%1（年报 %2）</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不明</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无区划</translation>
    </message>
    <message>
        <source>Reports of %1 by region and level</source>
        <translation>%1 年度年报（按区划和层级）</translation>
    </message>
    <message>
        <source>Reports no body of the registry matches:</source>
        <translation>未匹配到名录中机关的年报：</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Count the selected report for the chosen body from now on</source>
        <translation>今后将所选年报计入所选机关</translation>
    </message>
    <message>
        <source>No archive.</source>
        <translation>没有档案库。</translation>
    </message>
    <message>
        <source>No registry of the bodies expected to report: import one (CSV or XLSX) to see who published, who is late and who is missing.</source>
        <translation>尚无应报送机关名录：导入名录（CSV 或 XLSX）后即可查看哪些机关已发布、逾期或未发布。</translation>
    </message>
    <message>
        <source>%1: %2 bodies expected; %3 published on time, %4 late, %5 without a date, %6 missing (deadline %7).</source>
        <translation>%1 年度：应报送 %2 个机关；按时发布 %3 个，逾期 %4 个，日期不明 %5 个，未发布 %6 个（截止日期 %7）。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DashboardView</name>
    <message>
        <source>no year</source>
        <translation>无年度</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>无区划</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>Reports by year</source>
        <translation>各年度年报数</translation>
    </message>
    <message>
        <source>Reports by region</source>
        <translation>各地区年报数</translation>
    </message>
    <message>
        <source>Open errors by rule</source>
        <translation>待处理错误（按规则）</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DeskPane</name>
    <message>
        <source>Import the registry of bodies</source>
        <translation>导入机关名录</translation>
    </message>
    <message>
        <source>Registries (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>机关名录 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bodies from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个机关。</numerusform>
        </translation>
    </message>
    <message>
        <source>Year reported on:</source>
        <translation>报告年度：</translation>
    </message>
    <message>
        <source>Import registry…</source>
        <translation>导入名录…</translation>
    </message>
    <message>
        <source>The bodies expected to report: a CSV or XLSX sheet with name, aliases, region code, level and parent body</source>
        <translation>应报送年报的机关：CSV 或 XLSX 表格，列为名称、别名、行政区划代码、层级和上级机关</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>Similar reports</source>
        <translation>相似年报</translation>
    </message>
    <message>
        <source>Year on year and peers</source>
        <translation>年度对比与同级比较</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>coverage-%1.xlsx</source>
        <translation>覆盖情况-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the coverage</source>
        <translation>导出覆盖情况</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1: a coverage sheet is written as .xlsx or .csv</source>
        <translation>%1：覆盖情况表只能保存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>There is no coverage of %1 to export: import a registry first.</source>
        <translation>没有 %1 年度的覆盖情况可导出：请先导入机关名录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Wrote the coverage of %1 to %2.</source>
        <translation>已将 %1 年度的覆盖情况写入 %2。</translation>
    </message>
    <message>
        <source>rectification-notice-%1.pdf</source>
        <translation>整改通知-%1.pdf</translation>
    </message>
    <message>
        <source>Write a rectification notice</source>
        <translation>生成整改通知</translation>
    </message>
    <message>
        <source>Notices (*.pdf *.docx)</source>
        <translation>通知 (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>%1: a notice is written as .pdf or .docx</source>
        <translation>%1：整改通知只能保存为 .pdf 或 .docx</translation>
    </message>
    <message>
        <source>No report of %1 to write a notice for.</source>
        <translation>没有 %1 年度的年报可生成整改通知。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a rectification notice for %n reports to %1.</source>
        <translation>
            <numerusform>已将 %n 份年报的整改通知写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export coverage…</source>
        <translation>导出覆盖情况…</translation>
    </message>
    <message>
        <source>The year&apos;s coverage as a sheet: every body with its status and publication date</source>
        <translation>本年度覆盖情况表：每个机关的发布状态和发布日期</translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation>整改通知…</translation>
    </message>
    <message>
        <source>For the report shown in Year on year</source>
        <translation>针对“年度对比”中显示的年报</translation>
    </message>
    <message>
        <source>For every report of the year</source>
        <translation>针对本年度所有年报</translation>
    </message>
    <message>
        <source>Every open error, warning, implausible change and copied passage, as a PDF or Word document to send (in Chinese unless asked for in English)</source>
        <translation>列出所有未处理的错误、警告、异常变化和抄袭段落，生成可发送的 PDF 或 Word 文档（默认中文，可选英文）</translation>
    </message>
    <message>
        <source>Write the notice in English</source>
        <translation>以英文撰写通知</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::DoubtsAlikeDialog</name>
    <message>
        <source>&amp;Accept the Group</source>
        <translation>确认整组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open the Report</source>
        <translation>打开年报(&amp;O)</translation>
    </message>
    <message>
        <source>Doubts Alike</source>
        <translation>同类存疑</translation>
    </message>
    <message>
        <source>Doubt and reading</source>
        <translation>存疑及读数</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Vouch for the cells of every doubt in the group, as read: each report records it in its history</source>
        <translation>按读数确认本组每个存疑涉及的单元格：各年报分别记入其历史</translation>
    </message>
    <message>
        <source>No open doubt of the reports listed is alike another.</source>
        <translation>所列年报中没有彼此相同的未处理存疑。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of open doubts read the same way, in the reports listed:</source>
        <translation>
            <numerusform>所列年报中有 %n 组读法相同的未处理存疑：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — read as %2 — %n doubt(s)</source>
        <translation>
            <numerusform>%1 — 读作 %2 — %n 个存疑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>涉及 %n 份年报</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation>机关不明</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年度不明</translation>
    </message>
    <message>
        <source>Choose a member to see where its report prints it.</source>
        <translation>选择一项，查看其年报中印出的位置。</translation>
    </message>
    <message>
        <source>The report prints nothing where these cells belong.</source>
        <translation>年报中这些单元格的位置没有印出内容。</translation>
    </message>
    <message>
        <source>Accepted with the doubts alike</source>
        <translation>在同类存疑中一并确认</translation>
    </message>
    <message numerus="yes">
        <source>%n doubt(s) settled.</source>
        <translation>
            <numerusform>已解决 %n 个存疑。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Dataset, with its codebook</source>
        <translation>数据集（附数据字典）</translation>
    </message>
    <message>
        <source>Findings report (open findings, to send back to bodies)</source>
        <translation>问题清单（待处理的问题，可反馈给各机关）</translation>
    </message>
    <message>
        <source>CSV (opens in Excel and WPS)</source>
        <translation>CSV（可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Wide: one row per report</source>
        <translation>宽表：每份年报一行</translation>
    </message>
    <message>
        <source>Long: one row per cell</source>
        <translation>长表：每个单元格一行</translation>
    </message>
    <message>
        <source>Add printed text, confidence and who corrected each value</source>
        <translation>附加原文、置信度和每个值的更正人</translation>
    </message>
    <message>
        <source>Reviewed reports only</source>
        <translation>仅限已审核的年报</translation>
    </message>
    <message>
        <source>All years, or e.g. 2021, 2022</source>
        <translation>全部年度，或输入如 2021, 2022</translation>
    </message>
    <message>
        <source>All agencies, or part of a name</source>
        <translation>全部机关，或输入机关名称的一部分</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>全部格式</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>文件格式：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Which reports</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Report format:</source>
        <translation>年报格式：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存到的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Exporting report %L1 of %L2…</source>
        <translation>正在导出第 %L1 份年报（共 %L2 份）…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n report(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份年报导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Settled by accepting %1</source>
        <translation>已通过确认 %1 解决</translation>
    </message>
    <message>
        <source>Settled by correcting or accepting %1</source>
        <translation>已通过更正或确认 %1 解决</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>规则编号</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsPanel</name>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s) · %4 without a decision</source>
        <translation>%1 个错误，%2 个警告，%3 个提示 · %4 个待处理</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>The report is wrong here: confirm the finding, with a comment</source>
        <translation>年报此处有误：确认该问题，可附备注</translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation>排除(&amp;M)…</translation>
    </message>
    <message>
        <source>Not a problem: dismiss the finding, with a comment</source>
        <translation>并非问题：排除该问题，可附备注</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Withdraw the decision on the finding</source>
        <translation>撤销对该问题的处理决定</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormGrid</name>
    <message>
        <source>Information item</source>
        <translation>信息内容</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormModel</name>
    <message>
        <source>Blank in the report.</source>
        <translation>年报中此处为空。</translation>
    </message>
    <message>
        <source>Printed: “%1”</source>
        <translation>原文：“%1”</translation>
    </message>
    <message>
        <source>Extraction confidence: %1%</source>
        <translation>提取置信度：%1%</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2 (read as %3).</source>
        <translation>%1 于 %2 更正（原识别为 %3）。</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>A newer extraction reads %1 here: check the correction.</source>
        <translation>新的提取结果此处为 %1：请核对更正。</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2.</source>
        <translation>%1 于 %2 认可此值。</translation>
    </message>
    <message>
        <source>Not printed in the report: read as %1.</source>
        <translation>报告中未印出：读作 %1。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormPane</name>
    <message>
        <source>No cell left with a problem.</source>
        <translation>已没有存在问题的单元格。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Why you change values: kept in each cell&apos;s history</source>
        <translation>修改数值的原因：保存在各单元格的历史中</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>The corrections of the current cell (Ctrl+H)</source>
        <translation>当前单元格的更正记录（Ctrl+H）</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表%1</translation>
    </message>
    <message>
        <source>This row has no candidate readings.</source>
        <translation>该行没有候选读数。</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n candidate reading(s).</source>
        <translation>
            <numerusform>该行有 %n 种候选读数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no figures to paste.</source>
        <translation>剪贴板中没有可粘贴的数字。</translation>
    </message>
    <message>
        <source>%1 figures do not fit: only %2 cells from here to the end of the line.</source>
        <translation>%1 个数字放不下：从此处到行末只有 %2 个单元格。</translation>
    </message>
    <message>
        <source>Not pasted: “%1” for %2: %3</source>
        <translation>未粘贴：%2 的“%1”：%3</translation>
    </message>
    <message>
        <source>Optional, recorded with the next edit</source>
        <translation>选填，随下一次修改记录</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep the reason for the following edits too (otherwise it is recorded with the next edit only)</source>
        <translation>之后的修改也沿用此理由（否则只随下一次修改记录）</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FormView</name>
    <message>
        <source>Cell history…</source>
        <translation>单元格历史…</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Looking for reports in %n place(s)…</source>
        <translation>
            <numerusform>正在 %n 个位置中查找年报…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2：%3</translation>
    </message>
    <message>
        <source>The archive could not be opened: %1</source>
        <translation>无法打开档案库：%1</translation>
    </message>
    <message>
        <source>Imported %1, already in the archive %2, failed %3.</source>
        <translation>已导入 %1 份，档案库中已有 %2 份，失败 %3 份。</translation>
    </message>
    <message>
        <source>Stopped before the end: what was imported stays.</source>
        <translation>导入未完成即已停止：已导入的年报予以保留。</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>导入年报</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the file in hand; what was imported stays</source>
        <translation>处理完当前文件后停止；已导入的年报予以保留</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add report files to the archive (or drop them on the window)</source>
        <translation>将年报文件添加到档案库（也可直接拖放到窗口中）</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every report in a folder and its subfolders</source>
        <translation>添加文件夹及其子文件夹中的全部年报</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the dataset or the open findings as CSV, XLSX or JSON</source>
        <translation>将数据集或待处理问题导出为 CSV、XLSX 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit: the archive records the value going back</source>
        <translation>撤销上一次修改：档案库会记录数值的恢复</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cell &amp;History…</source>
        <translation>单元格历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every correction of the current cell</source>
        <translation>当前单元格的全部更正记录</translation>
    </message>
    <message>
        <source>Reviewer &amp;Name…</source>
        <translation>审核人姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>The name recorded with your corrections and decisions</source>
        <translation>随您的更正和处理决定一并记录的姓名</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Problem Cell</source>
        <translation>下一个问题单元格(&amp;P)</translation>
    </message>
    <message>
        <source>Enter in a table accepts the value and does the same</source>
        <translation>在表格中按 Enter 键会确认数值并同样跳到下一个问题单元格</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirm Finding…</source>
        <translation>确认问题(&amp;C)…</translation>
    </message>
    <message>
        <source>The report is wrong here: confirm, with a comment</source>
        <translation>年报此处有误：予以确认，可附备注</translation>
    </message>
    <message>
        <source>&amp;Dismiss Finding…</source>
        <translation>排除问题(&amp;D)…</translation>
    </message>
    <message>
        <source>Not a problem: dismiss, with a comment</source>
        <translation>并非问题：予以排除，可附备注</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Open Next Pending</source>
        <translation>标记为已审核并打开下一份待审核年报(&amp;R)</translation>
    </message>
    <message>
        <source>Mark D&amp;oubtful</source>
        <translation>标记为存疑(&amp;O)</translation>
    </message>
    <message>
        <source>Mark P&amp;ending</source>
        <translation>标记为待审核(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>档案库(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>年报(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Nianbao</source>
        <translation>关于 Nianbao(&amp;A)</translation>
    </message>
    <message>
        <source>The next finding nobody decided on yet</source>
        <translation>下一个尚未处理的问题</translation>
    </message>
    <message>
        <source>Choose Findings &amp;Alike</source>
        <translation>选择同类问题(&amp;A)</translation>
    </message>
    <message>
        <source>Add every open finding of the chosen one&apos;s rule, to settle them at once</source>
        <translation>加选与所选问题同一规则的所有未处理问题，一次处理</translation>
    </message>
    <message>
        <source>&amp;Accept the Chosen Findings&apos; Cells</source>
        <translation>确认所选问题的单元格(&amp;A)</translation>
    </message>
    <message>
        <source>Vouch for every cell the chosen findings name, as one step</source>
        <translation>一步确认所选问题涉及的全部单元格</translation>
    </message>
    <message>
        <source>Doubts A&amp;like Across Reports…</source>
        <translation>跨年报同类存疑(&amp;L)…</translation>
    </message>
    <message>
        <source>The open doubts read the same way in the reports listed, grouped, to accept a group at once</source>
        <translation>所列年报中读法相同的未处理存疑，分组列出，可整组一次确认</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>Review another archive file (the window opens on it)</source>
        <translation>审核另一个档案库文件（窗口将打开它）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>窗口响应的所有按键</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Archive…</source>
        <translation>连接团队档案库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a shared archive on a PostgreSQL server in a window of its own</source>
        <translation>在新窗口中打开 PostgreSQL 服务器上的共享档案库</translation>
    </message>
    <message>
        <source>Recent &amp;Team Archives</source>
        <translation>最近的团队档案库(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assign Listed Reports…</source>
        <translation>分派列出的报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Give every report the archive list shows (its filters choose them) to a reviewer</source>
        <translation>将档案列表当前列出的全部报告(由筛选条件选定)分派给一位审核员</translation>
    </message>
    <message>
        <source>Team &amp;Progress</source>
        <translation>团队进度(&amp;P)</translation>
    </message>
    <message>
        <source>Each reviewer&apos;s reports: pending, reviewed, doubtful</source>
        <translation>每位审核员的报告:待审、已审、存疑</translation>
    </message>
    <message>
        <source>&amp;Show Reports</source>
        <translation>显示报告(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>Assigned to &amp;Me</source>
        <translation>分派给我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>未分派的(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Claimed by Others</source>
        <translation>他人正在审核的(&amp;C)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainWindow</name>
    <message>
        <source>No cell left with a problem.</source>
        <translation>已没有存在问题的单元格。</translation>
    </message>
    <message>
        <source>About Nianbao</source>
        <translation>关于 Nianbao</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nianbao %1&lt;/b&gt;&lt;p&gt;Turns China&apos;s open-government-information annual reports into checked datasets.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Nianbao %1&lt;/b&gt;&lt;p&gt;将政府信息公开工作年度报告转换为经过核查的数据集。&lt;/p&gt;&lt;p&gt;档案库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Marked reviewed. No pending report is left in the list.</source>
        <translation>已标记为已审核。列表中已没有待审核的年报。</translation>
    </message>
    <message>
        <source>Marked reviewed; opened the next pending report.</source>
        <translation>已标记为已审核，并已打开下一份待审核年报。</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <source>Your name, recorded with every correction and decision:</source>
        <translation>您的姓名（将随每次更正和处理决定一并记录）：</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>导入年报</translation>
    </message>
    <message>
        <source>Reports (*.txt *.htm *.html *.mht *.mhtml *.doc *.docx *.wps *.pdf);;All files (*)</source>
        <translation>年报 (*.txt *.htm *.html *.mht *.mhtml *.doc *.docx *.wps *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>导入年报文件夹</translation>
    </message>
    <message>
        <source>An import is running: wait for it to finish or stop it.</source>
        <translation>正在导入：请等待导入完成，或停止导入。</translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 already there, %3 failed.</source>
        <translation>导入：已导入 %1 份，已存在 %2 份，失败 %3 份。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) listed</source>
        <translation>
            <numerusform>列出 %n 份年报</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <source>not set (Edit menu)</source>
        <translation>未设置（见“编辑”菜单）</translation>
    </message>
    <message>
        <source>Nianbao — %1</source>
        <translation>Nianbao — %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案库</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Every report in the archive (Ctrl+1)</source>
        <translation>档案库中的全部年报（Ctrl+1）</translation>
    </message>
    <message>
        <source>The report under review (Ctrl+2)</source>
        <translation>正在审核的年报（Ctrl+2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s desk</source>
        <translation>监管工作台</translation>
    </message>
    <message>
        <source>Coverage of the bodies expected to report, similar reports, year on year, peers and the dashboard</source>
        <translation>应报送机关的报送情况、相似年报、年度对比、同级比较和总览</translation>
    </message>
    <message>
        <source>No finding left without a decision.</source>
        <translation>所有问题均已处理。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is its own body again; %n report(s) checked again.</source>
        <translation>
            <numerusform>“%1”重新作为独立机关；已重新检查 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now the body “%2”; %n report(s) checked again.</source>
        <translation>
            <numerusform>“%1”现归入机关“%2”；已重新检查 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>Nianbao archives (*.sqlite *.db);;All files (*)</source>
        <translation>年报档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an archive: %2</source>
        <translation>%1 无法作为档案库打开：%2</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 is kept; %n other copy(ies) retired.</source>
        <translation>
            <numerusform>已保留报告 %1；另外 %n 份已搁置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PairsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>相同于</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PairsView</name>
    <message numerus="yes">
        <source>%n pairs of reports share most of a narrative part (the format&apos;s words and what most reports write alike do not count). Choose one to see the shared passages highlighted.</source>
        <translation>
            <numerusform>%n 对年报的某一文字部分大部分相同（格式规定的文字和多数年报共有的表述不计）。选择一对即可查看高亮显示的相同段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>No archive.</source>
        <translation>没有档案库。</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PeersChart</name>
    <message>
        <source>percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <source>%1: %2 (median %3, quartiles %4–%5)</source>
        <translation>%1：%2（中位数 %3，四分位 %4–%5）</translation>
    </message>
    <message numerus="yes">
        <source>Percentile among %n peers</source>
        <translation>
            <numerusform>在 %n 个同级机关中的百分位</numerusform>
        </translation>
    </message>
    <message>
        <source>No peers to compare with</source>
        <translation>没有可比较的同级机关</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReadingsPanel</name>
    <message>
        <source>Candidate readings of “%1”, best first (Alt+1…Alt+9 or Enter applies one to the whole row):</source>
        <translation>“%1”的候选读数，最佳在前（Alt+1…Alt+9 或回车将其应用于整行）：</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>no rule decides between the readings</source>
        <translation>没有规则能区分这些读数</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportDetails</name>
    <message>
        <source>Set the agency first: a body is matched by the name it prints.</source>
        <translation>请先填写机关名称：机关按报告所印名称匹配。</translation>
    </message>
    <message>
        <source>Same body as…</source>
        <translation>同一机关…</translation>
    </message>
    <message>
        <source>Reports printed “%1” are the body named (another name it printed in other years, or its registry name; empty to undo the match):</source>
        <translation>署名为“%1”的报告属于以下机关（该机关其他年度所用名称或名录中的名称；留空则取消匹配）：</translation>
    </message>
    <message>
        <source>Also reports as: %1</source>
        <translation>也以下列名称发布：%1</translation>
    </message>
    <message>
        <source>Known by this name only</source>
        <translation>仅以此名称发布</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>机关身份：</translation>
    </message>
    <message>
        <source>Say which body this agency name is, so that cross-year checks and charts see every year of it</source>
        <translation>指明此机关名称属于哪个机关，使跨年度检查和图表能看到它的每一年</translation>
    </message>
    <message>
        <source>the publishing body, as the report prints it</source>
        <translation>发布机关，按报告所印</translation>
    </message>
    <message>
        <source>e.g. 2023</source>
        <translation>例如 2023</translation>
    </message>
    <message>
        <source>None: this is the body&apos;s only report for the year</source>
        <translation>无：这是该机关该年度唯一的报告</translation>
    </message>
    <message>
        <source>Retired: report %1 is kept as the body&apos;s report for the year (%2, %3). This one is left out of datasets, charts and cross-year checks.</source>
        <translation>已搁置：保留报告 %1 作为该机关该年度的报告（%2，%3）。本报告不计入数据集、图表和跨年度检查。</translation>
    </message>
    <message>
        <source>Also this body&apos;s report for %1: report %2</source>
        <translation>该机关 %1 年度还有报告：%2</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>重复报告：</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>保留这一份</translation>
    </message>
    <message>
        <source>This is the body&apos;s report for the year: the other copies are retired (kept in the archive, left out of datasets, charts and cross-year checks)</source>
        <translation>以此为该机关该年度的报告：其他副本将被搁置（仍保存在档案库中，但不计入数据集、图表和跨年度检查）</translation>
    </message>
    <message>
        <source>Bring Back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Count this report again beside the one kept</source>
        <translation>重新计入本报告（与保留的报告并存）</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportListModel</name>
    <message>
        <source>(agency not found in the report)</source>
        <translation>（年报中未找到机关名称）</translation>
    </message>
    <message>
        <source>Open errors: findings without a decision</source>
        <translation>待处理的错误：尚未作出处理决定的问题</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>待处理的警告</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>待处理的提示</translation>
    </message>
    <message>
        <source>The official format the report&apos;s tables follow</source>
        <translation>年报表格所依据的官方格式</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportOutline</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportSession</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 accepted</source>
        <translation>%1：%2 已确认</translation>
    </message>
    <message>
        <source>%1: reading %2 accepted (%3 → %4)</source>
        <translation>%1：采用第 %2 种读数（%3 → %4）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more cell(s) changed</source>
        <translation>
            <numerusform>已修改 %1 及另外 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more cell(s) accepted</source>
        <translation>
            <numerusform>已确认 %1 及另外 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: reading %2 accepted (%3)</source>
        <translation>%1：已采用读数 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n 个问题：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportWorkspace</name>
    <message>
        <source>Choose a finding first (F8 moves to the next one).</source>
        <translation>请先选择一个问题（按 F8 跳到下一个）。</translation>
    </message>
    <message>
        <source>Confirm finding</source>
        <translation>确认问题</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>排除问题</translation>
    </message>
    <message>
        <source>Comment (optional):
%1</source>
        <translation>备注（选填）：
%1</translation>
    </message>
    <message>
        <source>Choose a cell first.</source>
        <translation>请先选择一个单元格。</translation>
    </message>
    <message>
        <source>No report open: choose one in the archive (Ctrl+1).</source>
        <translation>未打开年报：请在档案库中选择一份（Ctrl+1）。</translation>
    </message>
    <message>
        <source>Unknown agency</source>
        <translation>机关不明</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年度不明</translation>
    </message>
    <message>
        <source>format not recognised</source>
        <translation>格式未识别</translation>
    </message>
    <message>
        <source>Report %1, imported from %2</source>
        <translation>年报 %1，导入自 %2</translation>
    </message>
    <message numerus="yes">
        <source>A newer extraction reads %n corrected cell(s) differently from both the value corrected and the correction. The cells are marked as warnings: check them.</source>
        <translation>
            <numerusform>新的提取结果对 %n 个已更正单元格的读取既不同于更正前的值，也不同于更正值。这些单元格已标记为警告，请核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>This report&apos;s edits since it was opened: click one to go back to it (each step is recorded in the archive)</source>
        <translation>本年报打开以来的修改：单击其中一项即可回到该步（每一步都会记录在档案库中）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开时</translation>
    </message>
    <message numerus="yes">
        <source>Comment (optional), recorded with each of the %n findings chosen:</source>
        <translation>
            <numerusform>备注（可选），将随所选的 %n 个问题分别记录：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) of this rule chosen.</source>
        <translation>
            <numerusform>已选择该规则的 %n 个未处理问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The findings chosen name no cell.</source>
        <translation>所选问题未涉及任何单元格。</translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n undecided error(s); the first: %1</source>
        <translation>
            <numerusform>本年报仍有 %n 个未处理的错误；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark reviewed anyway?</source>
        <translation>仍然标记为已审核？</translation>
    </message>
    <message>
        <source>%1

Confirm or dismiss each error first. To mark the report reviewed anyway, give the reason (kept in its history); cancel to go to the first error.</source>
        <translation>%1

请先逐一确认或驳回每个错误。如仍要标记为已审核，请填写理由（记入历史）；取消则跳转到第一个错误。</translation>
    </message>
    <message>
        <source>Review status of this report: a report with undecided errors is marked reviewed only with a reason</source>
        <translation>本年报的审核状态：有未处理错误的年报须填写理由才能标记为已审核</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Every change to this report, by anyone, with who, when and why: choose one to see its cells</source>
        <translation>本报告的每一项修改（任何人所做），含何人、何时、为何：选择一项即可查看其单元格</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Agency, year, title and region of the report, and the body it belongs to</source>
        <translation>报告的机关、年度、标题和地区，以及所属机关</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>The report as imported: choosing a cell shows where it was read</source>
        <translation>导入时的报告原文：选择单元格即显示其读取位置</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>This report&apos;s figures and the same body across the years</source>
        <translation>本报告的数字及同一机关历年数据</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReviewCommand</name>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Accept the value and go to the next cell with a problem</source>
        <translation>接受数值并转到下一个有问题的单元格</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Edit the chosen cell</source>
        <translation>编辑所选单元格</translation>
    </message>
    <message>
        <source>type the figure</source>
        <translation>直接输入数字</translation>
    </message>
    <message>
        <source>Cancel an edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::SourcePane</name>
    <message>
        <source>The parts of the report: choose one to scroll the text to it</source>
        <translation>年报的各个部分：选择一项即可将文本滚动到该处</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The text the figures were read from</source>
        <translation>读取数字所依据的文本</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The PDF page, with the figure of the chosen cell framed</source>
        <translation>PDF 页面，所选单元格的数字已用方框标出</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TeamAssignments</name>
    <message>
        <source>Assign reports</source>
        <translation>分派报告</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n report(s) listed to the reviewer (leave empty for nobody):</source>
        <translation>
            <numerusform>将列出的 %n 份报告分派给审核员(留空则取消分派):</numerusform>
        </translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) now assigned to nobody.</source>
        <translation>
            <numerusform>%n 份报告现已取消分派。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) newly assigned to %1.</source>
        <translation>
            <numerusform>%n 份报告已新分派给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>团队进度</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(未分派)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TeamController</name>
    <message>
        <source>Other reviewers&apos; changes will not show until the archive is opened again: %1</source>
        <translation>重新打开档案库之前,将看不到其他审核员的更改:%1</translation>
    </message>
    <message>
        <source>Other reviewers&apos; changes no longer show: %1</source>
        <translation>已不再显示其他审核员的更改:%1</translation>
    </message>
    <message>
        <source>Set your reviewer name (Edit menu) to review this report.</source>
        <translation>请先设置审核员姓名(编辑菜单),再审核此报告。</translation>
    </message>
    <message>
        <source>Read-only: the report could not be claimed: %1</source>
        <translation>只读:无法认领此报告:%1</translation>
    </message>
    <message>
        <source>The claim on report %1 could not be renewed: %2</source>
        <translation>无法续期对报告 %1 的认领:%2</translation>
    </message>
    <message>
        <source>Report %1 could not be taken over: %2</source>
        <translation>无法接手报告 %1:%2</translation>
    </message>
    <message>
        <source>You took report %1 over from %2.</source>
        <translation>您已从 %2 手中接手报告 %1。</translation>
    </message>
    <message>
        <source>You took report %1 over.</source>
        <translation>您已接手报告 %1。</translation>
    </message>
    <message>
        <source>Report %1 was changed by another reviewer: it is shown as it is now.</source>
        <translation>报告 %1 已被其他审核员修改:现显示其最新内容。</translation>
    </message>
    <message>
        <source>%1 took report %2 over: it is read-only here now.</source>
        <translation>%1 已接手报告 %2:此处现为只读。</translation>
    </message>
    <message>
        <source>Report %1 is free again: it is yours to review.</source>
        <translation>报告 %1 已无人审核:现由您审核。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1:%2</translation>
    </message>
    <message>
        <source>Connect to team archive</source>
        <translation>连接团队档案库</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI (postgresql://user@host/dbname). The password is read from ~/.pgpass or PGPASSWORD; Nianbao never stores it.</source>
        <translation>PostgreSQL 连接 URI(postgresql://用户@主机/数据库)。密码从 ~/.pgpass 或 PGPASSWORD 读取;年报从不保存密码。</translation>
    </message>
    <message>
        <source>Not a PostgreSQL connection URI: %1</source>
        <translation>不是 PostgreSQL 连接 URI:%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TimelineModel</name>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>确认数值</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Status (override)</source>
        <translation>状态（强制）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to show %n cell(s) in the form</source>
        <translation>
            <numerusform>双击或按 Enter 在表格中显示 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TimelinePane</name>
    <message>
        <source>Could not save the timeline to %1: %2</source>
        <translation>无法将时间线保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved the timeline to %1.</source>
        <translation>时间线已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>保存时间线</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the timeline as an Excel workbook (.xlsx) or as CSV</source>
        <translation>将时间线保存为 Excel 工作簿 (.xlsx) 或 CSV</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::YearOnYearModel</name>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
</TS>
