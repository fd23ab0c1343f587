<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssessmentWriter</name>
    <message>
        <source>the dataset is not a JSON object</source>
        <translation>der Datensatz ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an assessment is not a JSON object</source>
        <translation>eine Bewertung ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Openness of AI model releases over time</source>
        <translation>Offenheit von KI-Modellveröffentlichungen im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Line: each model&apos;s openness level, from its first release through each change. Marker: each release event (launch, weights or license change) at its level.</source>
        <translation>Linie: die Offenheitsstufe jedes Modells, von seiner ersten Veröffentlichung über jede Änderung. Markierung: jedes Ereignis (Start, Gewichte oder Lizenzänderung) auf seiner Stufe.</translation>
    </message>
    <message>
        <source>Line: the most open level each organization had released so far. Marker: each release event (launch, weights or license change) at its own level.</source>
        <translation>Linie: die offenste Stufe, die jede Organisation bis dahin veröffentlicht hatte. Markierung: jedes Ereignis (Start, Gewichte oder Lizenzänderung) auf seiner eigenen Stufe.</translation>
    </message>
    <message>
        <source>Date of the release event</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <source>%1 other organizations</source>
        <translation>%1 weitere Organisationen</translation>
    </message>
    <message>
        <source>Share of release events by openness level, per year</source>
        <translation>Anteil der Ereignisse nach Offenheitsstufe, pro Jahr</translation>
    </message>
    <message>
        <source>Release events per year, by openness level</source>
        <translation>Ereignisse pro Jahr, nach Offenheitsstufe</translation>
    </message>
    <message>
        <source>Counts launches, weights releases and license changes; not announcements, API openings or retirements.</source>
        <translation>Zählt Starts, Gewichte-Veröffentlichungen und Lizenzänderungen; keine Ankündigungen, API-Öffnungen oder Einstellungen.</translation>
    </message>
    <message>
        <source>Year of the release event</source>
        <translation>Jahr des Ereignisses</translation>
    </message>
    <message>
        <source>Share of the year&apos;s release events</source>
        <translation>Anteil an den Ereignissen des Jahres</translation>
    </message>
    <message>
        <source>Release events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1: 1 release event</source>
        <translation>%1: 1 Ereignis</translation>
    </message>
    <message>
        <source>%1: %2 release events</source>
        <translation>%1: %2 Ereignisse</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Time from launch to published weights</source>
        <translation>Zeit vom Start bis zu veröffentlichten Gewichten</translation>
    </message>
    <message>
        <source>Months from a model&apos;s launch event to its first weights release, by organization. Open bars: weights not published as of %1.</source>
        <translation>Monate vom Start eines Modells bis zur ersten Veröffentlichung seiner Gewichte, nach Organisation. Offene Balken: Gewichte bis %1 nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Not shown: 1 model whose weights came out at launch.</source>
        <translation>Nicht gezeigt: 1 Modell, dessen Gewichte beim Start erschienen.</translation>
    </message>
    <message>
        <source>Not shown: %1 models whose weights came out at launch.</source>
        <translation>Nicht gezeigt: %1 Modelle, deren Gewichte beim Start erschienen.</translation>
    </message>
    <message>
        <source>Unknown organization</source>
        <translation>Unbekannte Organisation</translation>
    </message>
    <message>
        <source>Weights not published yet</source>
        <translation>Gewichte noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Months after launch</source>
        <translation>Monate nach dem Start</translation>
    </message>
    <message>
        <source>Months after launch (the %1 longest of %2 models)</source>
        <translation>Monate nach dem Start (die %1 längsten von %2 Modellen)</translation>
    </message>
    <message>
        <source>No model among the events shown published its weights after launch.</source>
        <translation>Kein Modell unter den gezeigten Ereignissen hat seine Gewichte nach dem Start veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 (%2)
launched %3, weights %4: %5 months</source>
        <translation>%1 (%2)
Start %3, Gewichte %4: %5 Monate</translation>
    </message>
    <message>
        <source>%1 (%2)
launched %3, no weights as of %4: %5 months so far</source>
        <translation>%1 (%2)
Start %3, bis %4 keine Gewichte: bisher %5 Monate</translation>
    </message>
    <message>
        <source>Openness over time</source>
        <translation>Offenheit im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Release events by level</source>
        <translation>Ereignisse nach Stufe</translation>
    </message>
    <message>
        <source>Time to weights</source>
        <translation>Zeit bis zu den Gewichten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>per organization, the most open level released so far, with a marker at each release event (default)</source>
        <translation>je Organisation die offenste bis dahin veröffentlichte Stufe, mit einer Markierung an jedem Ereignis (Vorgabe)</translation>
    </message>
    <message>
        <source>release events per year, stacked by openness level (alias: levels-by-year)</source>
        <translation>Ereignisse pro Jahr, gestapelt nach Offenheitsstufe (Alias: levels-by-year)</translation>
    </message>
    <message>
        <source>per model, the months from launch to published weights, by organization</source>
        <translation>je Modell die Monate vom Start bis zu veröffentlichten Gewichten, nach Organisation</translation>
    </message>
    <message>
        <source>the timeline view (from the window&apos;s export dialog)</source>
        <translation>die Zeitleiste (aus dem Exportdialog des Fensters)</translation>
    </message>
    <message>
        <source>Timeline of AI model release events by openness level</source>
        <translation>Zeitleiste der Ereignisse von KI-Modellen nach Offenheitsstufe</translation>
    </message>
    <message>
        <source>Every event that passes the filter, announcements and retirements included, one lane per organization.</source>
        <translation>Jedes Ereignis, das den Filter passiert, einschließlich Ankündigungen und Einstellungen, eine Spur je Organisation.</translation>
    </message>
    <message>
        <source>the ten terms of the licenses of the filtered events, side by side (--export also writes .md and .csv)</source>
        <translation>die zehn Bedingungen der Lizenzen der gefilterten Ereignisse nebeneinander (--export schreibt auch .md und .csv)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>die Datei konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the finished file could not replace the old one</source>
        <translation>die fertige Datei konnte die alte nicht ersetzen</translation>
    </message>
    <message>
        <source>out of disk space or another resource</source>
        <translation>kein Speicherplatz oder eine andere Ressource erschöpft</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <source>levels %1</source>
        <translation>Stufen %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>organizations %1</source>
        <translation>Organisationen %1</translation>
    </message>
    <message>
        <source>events %1</source>
        <translation>Ereignisse %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>Filter: none, all events.</source>
        <translation>Filter: keiner, alle Ereignisse.</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>Filter: %1.</translation>
    </message>
    <message>
        <source>No events shown.</source>
        <translation>Keine Ereignisse gezeigt.</translation>
    </message>
    <message>
        <source>1 event shown, %2 to %3.</source>
        <translation>1 Ereignis gezeigt, %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 events shown, %2 to %3.</source>
        <translation>%1 Ereignisse gezeigt, %2 bis %3.</translation>
    </message>
    <message>
        <source>No sources cited.</source>
        <translation>Keine Quellen angegeben.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
    <message>
        <source>Sources: %1 and %2 other sites; each event&apos;s sources are in the dataset.</source>
        <translation>Quellen: %1 und %2 weitere Websites; die Quellen jedes Ereignisses stehen im Datensatz.</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Daten: %1.</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1: unbekanntes Bildformat; verwenden Sie einen Dateinamen auf .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1: size %2x%3 is out of range (16 to 20000 pixels a side)</source>
        <translation>%1: Größe %2x%3 liegt außerhalb des Bereichs (16 bis 20000 Pixel je Seite)</translation>
    </message>
    <message>
        <source>%1: scale %2 is out of range (1, 2 or 3)</source>
        <translation>%1: Maßstab %2 liegt außerhalb des Bereichs (1, 2 oder 3)</translation>
    </message>
    <message>
        <source>%1: %2x%3 at %4x is too large for a PNG (at most 120 million pixels)</source>
        <translation>%1: %2x%3 bei %4x ist zu groß für ein PNG (höchstens 120 Millionen Pixel)</translation>
    </message>
    <message>
        <source>%1: cannot write: the image could not be rendered</source>
        <translation>%1: kann nicht geschrieben werden: das Bild konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>D&amp;iagramm:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>As &amp;shares (100%)</source>
        <translation>Als A&amp;nteile (100 %)</translation>
    </message>
    <message>
        <source>One line per &amp;model</source>
        <translation>Eine Linie je &amp;Modell</translation>
    </message>
    <message>
        <source>Show each year&apos;s release events as shares of that year instead of counts</source>
        <translation>Die Ereignisse jedes Jahres als Anteile an diesem Jahr statt als Anzahlen zeigen</translation>
    </message>
    <message>
        <source>Follow each model&apos;s level through its changes instead of each organization&apos;s most open release</source>
        <translation>Die Stufe jedes Modells über seine Änderungen verfolgen statt der offensten Veröffentlichung jeder Organisation</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file, or copy it</source>
        <translation>Dieses Diagramm als PNG-, SVG- oder PDF-Datei speichern oder kopieren</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>%1, %2: %3 (%4).</source>
        <translation>%1, %2: %3 (%4).</translation>
    </message>
    <message>
        <source>Openness: %1.</source>
        <translation>Offenheit: %1.</translation>
    </message>
    <message>
        <source>License: %1.</source>
        <translation>Lizenz: %1.</translation>
    </message>
    <message>
        <source>Not confirmed in every detail.</source>
        <translation>Nicht in jedem Detail bestätigt.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(Primärquelle)</translation>
    </message>
    <message>
        <source>Via Openness Timeline, dataset “%1”.</source>
        <translation>Über Openness Timeline, Datensatz „%1“.</translation>
    </message>
    <message>
        <source>**%1, %2**: %3 (%4).</source>
        <translation>**%1, %2**: %3 (%4).</translation>
    </message>
    <message>
        <source>Openness: *%1*.</source>
        <translation>Offenheit: *%1*.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The dataset to open (the bundled one if none is given).</source>
        <translation>Der zu öffnende Datensatz (ohne Angabe der mitgelieferte).</translation>
    </message>
    <message>
        <source>Check the dataset; print each problem as FILE:LINE:COLUMN: message.</source>
        <translation>Den Datensatz prüfen; jedes Problem als DATEI:ZEILE:SPALTE: Meldung ausgeben.</translation>
    </message>
    <message>
        <source>Print the release events, one JSON object a line.</source>
        <translation>Die Ereignisse ausgeben, ein JSON-Objekt je Zeile.</translation>
    </message>
    <message>
        <source>Which chart --export renders (see Charts above).</source>
        <translation>Welches Diagramm --export zeichnet (siehe Diagramme oben).</translation>
    </message>
    <message>
        <source>Only these openness levels (for --list, --export and the window).</source>
        <translation>Nur diese Offenheitsstufen (für --list, --export und das Fenster).</translation>
    </message>
    <message>
        <source>Only these organizations (ids, e.g. xai,meta).</source>
        <translation>Nur diese Organisationen (IDs, z. B. xai,meta).</translation>
    </message>
    <message>
        <source>Open the window with this release event selected.</source>
        <translation>Das Fenster mit diesem Ereignis ausgewählt öffnen.</translation>
    </message>
    <message>
        <source>Language of the window and messages: %1, or system (remembered).</source>
        <translation>Sprache des Fensters und der Meldungen: %1 oder system (wird gemerkt).</translation>
    </message>
    <message>
        <source>Print at most N problems (default %1), then how many more there are of each kind.</source>
        <translation>Höchstens N Probleme ausgeben (Vorgabe %1), dann wie viele weitere es von jeder Art gibt.</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1: unbekanntes Bildformat; verwenden Sie einen Dateinamen auf .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; expected one of %2</source>
        <translation>unbekanntes Diagramm „%1“; erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>unknown openness level %1; expected one of %2</source>
        <translation>unbekannte Offenheitsstufe %1; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>--levels needs at least one level id</source>
        <translation>--levels braucht mindestens eine Stufen-ID</translation>
    </message>
    <message>
        <source>--orgs needs at least one organization id</source>
        <translation>--orgs braucht mindestens eine Organisations-ID</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT with each side from 16 to 20000 pixels, not &quot;%1&quot;</source>
        <translation>--size muss BREITExHÖHE sein, jede Seite 16 bis 20000 Pixel, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; expected one of %2, system</source>
        <translation>unbekannte Sprache „%1“; erwartet wird eine von %2, system</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected light, dark or system</source>
        <translation>unbekanntes Farbschema „%1“; erwartet wird light, dark oder system</translation>
    </message>
    <message>
        <source>give at most one dataset file</source>
        <translation>höchstens eine Datensatzdatei angeben</translation>
    </message>
    <message>
        <source>the dataset file name is empty; give a file, or none for the bundled dataset</source>
        <translation>der Dateiname des Datensatzes ist leer; geben Sie eine Datei an, oder keine für den mitgelieferten Datensatz</translation>
    </message>
    <message>
        <source>--max-problems needs a whole number of at least 1, not %1</source>
        <translation>--max-problems braucht eine ganze Zahl von mindestens 1, nicht %1</translation>
    </message>
    <message>
        <source>unknown organization %1; this dataset has %2</source>
        <translation>unbekannte Organisation %1; dieser Datensatz hat %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid: %2 release events, %3 organizations, %4 licenses, %5 models</source>
        <translation>%1: gültig: %2 Ereignisse, %3 Organisationen, %4 Lizenzen, %5 Modelle</translation>
    </message>
    <message>
        <source>unknown or filtered-out release &quot;%1&quot;</source>
        <translation>unbekanntes oder ausgefiltertes Ereignis „%1“</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <source>Pixels per layout pixel of a PNG: 1, 2 or 3 (default 1).</source>
        <translation>Pixel je Layout-Pixel eines PNG: 1, 2 oder 3 (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Colours: light, dark or system for the window (remembered); light, dark or print (default light) for --export.</source>
        <translation>Farben: light, dark oder system für das Fenster (wird gemerkt); light, dark oder print (Vorgabe light) für --export.</translation>
    </message>
    <message>
        <source>Title of an exported chart (default: the chart&apos;s own).</source>
        <translation>Titel eines exportierten Diagramms (Vorgabe: der eigene Titel des Diagramms).</translation>
    </message>
    <message>
        <source>releases-by-level: each year&apos;s events as 100% shares instead of counts.</source>
        <translation>releases-by-level: die Ereignisse jedes Jahres als Anteile von 100 % statt als Anzahlen.</translation>
    </message>
    <message>
        <source>openness-over-time: one line per model instead of per organization.</source>
        <translation>openness-over-time: eine Linie je Modell statt je Organisation.</translation>
    </message>
    <message>
        <source>Only these event kinds: %1.</source>
        <translation>Nur diese Ereignisarten: %1.</translation>
    </message>
    <message>
        <source>Size of an exported chart in pixels (default 1600x900); SVG and PDF keep its aspect ratio.</source>
        <translation>Größe eines exportierten Diagramms in Pixeln (Vorgabe 1600x900); SVG und PDF behalten das Seitenverhältnis bei.</translation>
    </message>
    <message>
        <source>--scale must be 1, 2 or 3, not &quot;%1&quot;</source>
        <translation>--scale muss 1, 2 oder 3 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--theme for --export must be one of %1, not &quot;%2&quot;</source>
        <translation>--theme für --export muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannte Ereignisart „%1“; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>--kinds needs at least one event kind</source>
        <translation>--kinds braucht mindestens eine Ereignisart</translation>
    </message>
    <message>
        <source>cannot write to the standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <source>Shows how open AI model releases really are, over time: a timeline of release events by organization, coloured by openness level, with each license explained term by term.

Exit codes: 0 success; 1 the dataset is invalid; 2 bad usage, unreadable dataset, or the export could not be written (then no partial file is left).
For --import: 0 written (rows that could not be imported are reported as FILE:LINE: message and skipped); 1 nothing could be imported; 2 bad usage, unreadable input or the output could not be written.

Openness levels (least open first): %1
Charts:
%2</source>
        <translation>Zeigt, wie offen Veröffentlichungen von KI-Modellen wirklich sind, im Lauf der Zeit: eine Zeitleiste der Ereignisse nach Organisation, gefärbt nach Offenheitsstufe, und jede Lizenz Bedingung für Bedingung erklärt.

Exit-Codes: 0 Erfolg; 1 der Datensatz ist ungültig; 2 falscher Aufruf, Datensatz nicht lesbar, oder der Export konnte nicht geschrieben werden (dann bleibt keine unvollständige Datei zurück).
Für --import: 0 geschrieben (Zeilen, die nicht importiert werden konnten, werden als DATEI:ZEILE: Meldung ausgegeben und übersprungen); 1 nichts konnte importiert werden; 2 falscher Aufruf, Eingabe nicht lesbar oder die Ausgabe konnte nicht geschrieben werden.

Offenheitsstufen (am wenigsten offene zuerst): %1
Diagramme:
%2</translation>
    </message>
    <message>
        <source>Render a chart to FILE (.png, .svg or .pdf) without opening a window; --chart licenses also writes .md and .csv.</source>
        <translation>Ein Diagramm in die Datei FILE (.png, .svg oder .pdf) zeichnen, ohne ein Fenster zu öffnen; --chart licenses schreibt auch .md und .csv.</translation>
    </message>
    <message>
        <source>Where --import writes the dataset (written completely or not at all).</source>
        <translation>Wohin --import den Datensatz schreibt (vollständig oder gar nicht).</translation>
    </message>
    <message>
        <source>unknown import format %1; expected one of %2</source>
        <translation>unbekanntes Importformat %1; erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>use only one of --validate, --list, --export and --import</source>
        <translation>verwenden Sie nur eines von --validate, --list, --export und --import</translation>
    </message>
    <message>
        <source>--import needs -o OUT.json, the file to write</source>
        <translation>--import braucht -o OUT.json, die zu schreibende Datei</translation>
    </message>
    <message>
        <source>-o/--output is for --import</source>
        <translation>-o/--output gilt nur für --import</translation>
    </message>
    <message>
        <source>%1: unknown format; use a .png, .svg, .pdf, .md or .csv file name</source>
        <translation>%1: unbekanntes Format; verwenden Sie einen Dateinamen auf .png, .svg, .pdf, .md oder .csv</translation>
    </message>
    <message>
        <source>--import %1 needs the file to import</source>
        <translation>--import %1 braucht die zu importierende Datei</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: nichts importiert</translation>
    </message>
    <message>
        <source>%1: wrote %2 models of %3 organizations (%4); %5 of %6 rows skipped</source>
        <translation>%1: %2 Modelle von %3 Organisationen geschrieben (%4); %5 von %6 Zeilen übersprungen</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Daten: %1.</translation>
    </message>
    <message>
        <source>--import osai needs the Index&apos;s folder: --import osai DIR -o OUT.json</source>
        <translation>--import osai braucht den Ordner des Index: --import osai DIR -o OUT.json</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 entries read, %4 matched a model, %5 matched none, %6 files skipped</source>
        <translation>%1: %2 Dateien, %3 Einträge gelesen, %4 einem Modell zugeordnet, %5 keinem, %6 Dateien übersprungen</translation>
    </message>
    <message>
        <source>nothing to import: no usable Index entry</source>
        <translation>nichts zu importieren: kein verwendbarer Index-Eintrag</translation>
    </message>
    <message>
        <source>%1: not written: the result would not be a valid dataset</source>
        <translation>%1: nicht geschrieben: das Ergebnis wäre kein gültiger Datensatz</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Convert another catalogue into this format, or attach its verdicts to the models of the dataset given (the bundled one if none is): &quot;--import epoch FILE.csv -o OUT.json&quot; converts Epoch AI&apos;s Notable AI Models CSV; &quot;--import epoch-values FILE.csv -o OUT.json&quot; attaches its accessibility values; &quot;--import osai DIR -o OUT.json&quot; attaches the Open Source AI Index&apos;s grades (its YAML folder). Formats: %1.</source>
        <translation>Einen anderen Katalog in dieses Format umwandeln oder seine Urteile den Modellen des angegebenen Datensatzes zuordnen (des mitgelieferten, wenn keiner angegeben ist): „--import epoch FILE.csv -o OUT.json“ wandelt Epoch AIs CSV „Notable AI Models“ um; „--import epoch-values FILE.csv -o OUT.json“ ordnet seine Zugänglichkeitswerte zu; „--import osai DIR -o OUT.json“ ordnet die Bewertungen des Open Source AI Index (sein YAML-Ordner) zu. Formate: %1.</translation>
    </message>
    <message>
        <source>--import epoch-values needs Epoch AI&apos;s CSV: --import epoch-values FILE.csv -o OUT.json</source>
        <translation>--import epoch-values braucht Epoch AIs CSV: --import epoch-values FILE.csv -o OUT.json</translation>
    </message>
    <message>
        <source>%1: nothing to attach: no usable row</source>
        <translation>%1: nichts zuzuordnen: keine verwendbare Zeile</translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 of the %4 models matched a row</source>
        <translation>%1: %2 Zeilen gelesen; %3 der %4 Modelle passten zu einer Zeile</translation>
    </message>
    <message>
        <source>the file is empty now; it changed while it was read</source>
        <translation>die Datei ist jetzt leer; sie hat sich beim Lesen geändert</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>file too large (%1 bytes); the limit is %2 MiB (%3 bytes)</source>
        <translation>Datei zu groß (%1 Bytes); die Grenze ist %2 MiB (%3 Bytes)</translation>
    </message>
    <message>
        <source>cannot load the dataset: %1</source>
        <translation>der Datensatz kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot open: it is a folder, not a file</source>
        <translation>kann nicht geöffnet werden: das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>and at least %1 more problems of these kinds: %2; checking stopped there</source>
        <translation>und mindestens %1 weitere Probleme dieser Arten: %2; dort wurde die Prüfung beendet</translation>
    </message>
    <message>
        <source>and %1 more problems of these kinds: %2</source>
        <translation>und %1 weitere Probleme dieser Arten: %2</translation>
    </message>
    <message>
        <source>cannot open: the file name is empty</source>
        <translation>kann nicht geöffnet werden: der Dateiname ist leer</translation>
    </message>
    <message>
        <source>cannot open: not a regular file (a pipe, socket or device); give a file</source>
        <translation>kann nicht geöffnet werden: keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); geben Sie eine Datei an</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>duplicate key %1; the later value would silently replace the earlier one</source>
        <translation>doppelter Schlüssel %1; der spätere Wert würde den früheren stillschweigend ersetzen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>missing required key %1</source>
        <translation>der Pflichtschlüssel %1 fehlt</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected %2</source>
        <translation>falscher Typ: %1 gefunden, %2 erwartet</translation>
    </message>
    <message>
        <source>%1 is empty; expected some text</source>
        <translation>%1 ist leer; Text erwartet</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a string or null</source>
        <translation>falscher Typ: %1 gefunden, eine Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 ist kein Datum der Form JJJJ-MM-TT (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not a date that exists; expected a real date as YYYY-MM-DD</source>
        <translation>%1 ist kein existierendes Datum; ein echtes Datum als YYYY-MM-DD erwartet</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>invalid id %1; expected only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>ungültige ID %1; erlaubt sind nur Kleinbuchstaben, Ziffern, &quot;.&quot;, &quot;_&quot; und &quot;-&quot;</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of %3</source>
        <translation>unbekannte(r) %1 %2; erwartet wird eines von %3</translation>
    </message>
    <message>
        <source>unknown key %1; expected one of %2</source>
        <translation>unbekannter Schlüssel %1; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected %2 (an object)</source>
        <translation>falscher Typ: %1 gefunden, %2 erwartet (ein Objekt)</translation>
    </message>
    <message>
        <source>no sources; expected at least one source for every fact</source>
        <translation>keine Quellen; für jede Tatsache wird mindestens eine Quelle erwartet</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>Quellenart</translation>
    </message>
    <message>
        <source>a corporate stage</source>
        <translation>eine Unternehmensphase</translation>
    </message>
    <message>
        <source>a corporate event</source>
        <translation>ein Unternehmensereignis</translation>
    </message>
    <message>
        <source>stage pressure</source>
        <translation>Druck der Phase</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>ab %1, andauernd</translation>
    </message>
    <message>
        <source>corporate event kind</source>
        <translation>Art des Unternehmensereignisses</translation>
    </message>
    <message>
        <source>a term ruling</source>
        <translation>eine Regelung einer Lizenzbedingung</translation>
    </message>
    <message>
        <source>term status</source>
        <translation>Status der Bedingung</translation>
    </message>
    <message>
        <source>date precision</source>
        <translation>Datumsgenauigkeit</translation>
    </message>
    <message>
        <source>release kind</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>openness level</source>
        <translation>Offenheitsstufe</translation>
    </message>
    <message>
        <source>duplicate %1 id %2; already used on line %3 (%4)</source>
        <translation>doppelte %1-ID %2; bereits in Zeile %3 verwendet (%4)</translation>
    </message>
    <message>
        <source>unknown organization %1; expected the id of an organization in $.organizations</source>
        <translation>unbekannte Organisation %1; erwartet wird die ID einer Organisation in $.organizations</translation>
    </message>
    <message>
        <source>unknown license %1; expected the id of a license in $.licenses</source>
        <translation>unbekannte Lizenz %1; erwartet wird die ID einer Lizenz in $.licenses</translation>
    </message>
    <message>
        <source>unknown model %1; expected the id of a model in $.models</source>
        <translation>unbekanntes Modell %1; erwartet wird die ID eines Modells in $.models</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a dataset (an object)</source>
        <translation>falscher Typ: %1 gefunden, ein Datensatz (ein Objekt) erwartet</translation>
    </message>
    <message>
        <source>unsupported format %1; expected %2</source>
        <translation>nicht unterstütztes Format %1; %2 erwartet</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>a license</source>
        <translation>eine Lizenz</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>a release</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <source>%1 is outside the years %2 to %3</source>
        <translation>%1 liegt außerhalb der Jahre %2 bis %3</translation>
    </message>
    <message>
        <source>%1 has date_precision &quot;month&quot;, so it must be the first day of its month: expected %2</source>
        <translation>%1 hat date_precision &quot;month&quot; und muss daher der erste Tag seines Monats sein: %2 erwartet</translation>
    </message>
    <message>
        <source>%1 has date_precision &quot;year&quot;, so it must be the first day of its year: expected %2</source>
        <translation>%1 hat date_precision &quot;year&quot; und muss daher der erste Tag seines Jahres sein: %2 erwartet</translation>
    </message>
    <message>
        <source>%1 is not an https URL; link the https address where there is one</source>
        <translation>%1 ist keine https-URL; verlinken Sie die https-Adresse, wo es eine gibt</translation>
    </message>
    <message>
        <source>%1 is a bare domain; link the page that states the fact</source>
        <translation>%1 ist nur eine Domain; verlinken Sie die Seite, die die Tatsache nennt</translation>
    </message>
    <message>
        <source>the stage ends on %1, before it starts on %2; expected an end after the start</source>
        <translation>die Phase endet am %1, bevor sie am %2 beginnt; das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>the stage ends on %1, the day it starts; the end is the first day the stage no longer holds, so expected a later date</source>
        <translation>die Phase endet am %1, dem Tag ihres Beginns; das Ende ist der erste Tag, an dem die Phase nicht mehr gilt, also wird ein späteres Datum erwartet</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>stage %1 starts on %2, inside stage %3 (%4); stages of one organization may not overlap (a stage may start on the day another ends)</source>
        <translation>Phase %1 beginnt am %2, innerhalb der Phase %3 (%4); Phasen einer Organisation dürfen sich nicht überschneiden (eine Phase darf an dem Tag beginnen, an dem eine andere endet)</translation>
    </message>
    <message>
        <source>%1 is not an SPDX license id or expression (such as &quot;Apache-2.0&quot; or &quot;LicenseRef-custom&quot;); use null when the license has none</source>
        <translation>%1 ist keine SPDX-Lizenz-ID oder -Ausdruck (etwa &quot;Apache-2.0&quot; oder &quot;LicenseRef-custom&quot;); verwenden Sie null, wenn die Lizenz keine hat</translation>
    </message>
    <message>
        <source>date_latest %1 is before date %2; expected the last day the event may have happened on, on or after date</source>
        <translation>date_latest %1 liegt vor date %2; erwartet wird der letzte mögliche Tag des Ereignisses, am oder nach date</translation>
    </message>
    <message>
        <source>more than %1 values in one item; no item of a dataset needs that many, so the rest of it was not read</source>
        <translation>mehr als %1 Werte in einem Eintrag; kein Eintrag eines Datensatzes braucht so viele, daher wurde der Rest nicht gelesen</translation>
    </message>
    <message>
        <source>a grade</source>
        <translation>eine Bewertung</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a URL</source>
        <translation>falscher Typ: %1 gefunden, eine URL erwartet</translation>
    </message>
    <message>
        <source>an empty list of links; leave &quot;link&quot; out when there is none</source>
        <translation>eine leere Liste von Links; lassen Sie &quot;link&quot; weg, wenn es keinen gibt</translation>
    </message>
    <message>
        <source>wrong type: found %1, expected a URL or a list of URLs</source>
        <translation>falscher Typ: %1 gefunden, eine URL oder eine Liste von URLs erwartet</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Release details</source>
        <translation>Details zum Ereignis</translation>
    </message>
</context>
<context>
    <name>EpochImport</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>malformed CSV: a quote inside an unquoted field, or text after a closing quote; expected a field that is either quoted as a whole or has no quotes</source>
        <translation>fehlerhaftes CSV: ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen; erwartet wird ein Feld, das entweder ganz in Anführungszeichen steht oder keine enthält</translation>
    </message>
    <message>
        <source>malformed CSV: the row starting here breaks the quoting rules on line %1; expected a field that is either quoted as a whole or has no quotes</source>
        <translation>fehlerhaftes CSV: die hier beginnende Zeile verletzt in Zeile %1 die Regeln für Anführungszeichen; erwartet wird ein Feld, das entweder ganz in Anführungszeichen steht oder keine enthält</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field of the row starting here; expected a closing quote</source>
        <translation>die Datei endet innerhalb eines Felds in Anführungszeichen der hier beginnenden Zeile; erwartet wird ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>Epoch AI does not say how the model was made available, so the level is unknown: not guessed.</source>
        <translation>Epoch AI gibt nicht an, wie das Modell zugänglich gemacht wurde, daher ist die Stufe unbekannt: nicht geraten.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable with no use restrictions. Not open source AI: that also needs the training code and information about the training data, which Epoch does not record.</source>
        <translation>Epoch AI: Gewichte ohne Nutzungsbeschränkungen herunterladbar. Keine Open-Source-KI: Dafür braucht es auch den Trainingscode und Informationen über die Trainingsdaten, die Epoch nicht erfasst.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable for restricted uses, commercial use allowed under conditions.</source>
        <translation>Epoch AI: Gewichte für eingeschränkte Nutzungen herunterladbar, kommerzielle Nutzung unter Bedingungen erlaubt.</translation>
    </message>
    <message>
        <source>Epoch AI: weights downloadable for non-commercial use only.</source>
        <translation>Epoch AI: Gewichte nur für nicht kommerzielle Nutzung herunterladbar.</translation>
    </message>
    <message>
        <source>Epoch AI: usable through the maker&apos;s API; no weights.</source>
        <translation>Epoch AI: über die API des Herstellers nutzbar; keine Gewichte.</translation>
    </message>
    <message>
        <source>Epoch AI: usable through the maker&apos;s hosted service, without an API; no weights.</source>
        <translation>Epoch AI: über den gehosteten Dienst des Herstellers nutzbar, ohne API; keine Gewichte.</translation>
    </message>
    <message>
        <source>Epoch AI: limited access, a preview for selected users: not generally available.</source>
        <translation>Epoch AI: eingeschränkter Zugang, eine Vorschau für ausgewählte Nutzer: nicht allgemein verfügbar.</translation>
    </message>
    <message>
        <source>Epoch AI: unreleased, no access outside the maker.</source>
        <translation>Epoch AI: unveröffentlicht, kein Zugang außerhalb des Herstellers.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is larger than 1 GiB</source>
        <translation>die Datei ist größer als 1 GiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no header row; expected Epoch AI&apos;s CSV header naming the columns %1</source>
        <translation>keine Kopfzeile; erwartet wird die CSV-Kopfzeile von Epoch AI mit den Spalten %1</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; expected Epoch AI&apos;s CSV header, which names %2</source>
        <translation>in der Kopfzeile fehlt die Spalte bzw. fehlen die Spalten %1; erwartet wird die CSV-Kopfzeile von Epoch AI, die %2 nennt</translation>
    </message>
    <message>
        <source>the row has %1 field(s); expected %2, as many as the header</source>
        <translation>die Zeile hat %1 Feld(er); erwartet werden %2, so viele wie die Kopfzeile</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the column %1; expected UTF-8 text</source>
        <translation>ungültiges UTF-8 in der Spalte %1; erwartet wird UTF-8-Text</translation>
    </message>
    <message>
        <source>no model name in the column %1</source>
        <translation>kein Modellname in der Spalte %1</translation>
    </message>
    <message>
        <source>%1 has no publication date; expected YYYY-MM-DD in the column %2</source>
        <translation>%1 hat kein Veröffentlichungsdatum; erwartet wird JJJJ-MM-TT in der Spalte %2</translation>
    </message>
    <message>
        <source>%1 has the publication date %2; expected a date YYYY-MM-DD (or YYYY-MM, YYYY) from 1900 to 2100</source>
        <translation>%1 hat das Veröffentlichungsdatum %2; erwartet wird ein Datum JJJJ-MM-TT (oder JJJJ-MM, JJJJ) von 1900 bis 2100</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s accessibility value is not one this import knows, so the level is unknown: not guessed.</source>
        <translation>Der Zugänglichkeitswert von Epoch AI ist diesem Import nicht bekannt, daher ist die Stufe unbekannt: nicht geraten.</translation>
    </message>
    <message>
        <source>%1 has the accessibility value %2, which this import does not know; imported at level &quot;unknown&quot;</source>
        <translation>%1 hat den Zugänglichkeitswert %2, den dieser Import nicht kennt; mit der Stufe „unknown“ importiert</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>keine Zeile konnte importiert werden</translation>
    </message>
    <message>
        <source>Organization not given</source>
        <translation>Organisation nicht angegeben</translation>
    </message>
    <message>
        <source>Domain (Epoch AI): %1</source>
        <translation>Bereich (Epoch AI): %1</translation>
    </message>
    <message>
        <source>%1 weights published</source>
        <translation>Gewichte von %1 veröffentlicht</translation>
    </message>
    <message>
        <source>%1 launched</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1 announced, not released</source>
        <translation>%1 angekündigt, nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1 published; access not stated</source>
        <translation>%1 veröffentlicht; Zugang nicht angegeben</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s Notable AI Models lists %1, published on this date, and does not say how it was made available.</source>
        <translation>Epoch AIs „Notable AI Models“ führt %1, an diesem Datum veröffentlicht, und gibt nicht an, wie es zugänglich gemacht wurde.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s Notable AI Models lists %1, published on this date, with the model accessibility “%2”.</source>
        <translation>Epoch AIs „Notable AI Models“ führt %1, an diesem Datum veröffentlicht, mit der Zugänglichkeit „%2“.</translation>
    </message>
    <message>
        <source>The date is Epoch&apos;s publication date (paper or announcement): the weights or the product may have come out later.</source>
        <translation>Das Datum ist Epochs Veröffentlichungsdatum (Paper oder Ankündigung): Die Gewichte oder das Produkt können später erschienen sein.</translation>
    </message>
    <message>
        <source>Publication cited by Epoch AI for %1</source>
        <translation>Von Epoch AI für %1 zitierte Veröffentlichung</translation>
    </message>
    <message>
        <source>%1 (link %2 of %3)</source>
        <translation>%1 (Link %2 von %3)</translation>
    </message>
    <message>
        <source>Epoch AI names several organizations; filed under the first. The others: %1.</source>
        <translation>Epoch AI nennt mehrere Organisationen; unter der ersten eingeordnet. Die anderen: %1.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s accessibility notes: %1</source>
        <translation>Anmerkungen von Epoch AI zur Zugänglichkeit: %1</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s categorization: %1.</source>
        <translation>Einordnung durch Epoch AI: %1.</translation>
    </message>
    <message>
        <source>Epoch AI, Notable AI Models (imported from %1)</source>
        <translation>Epoch AI, Notable AI Models (importiert aus %1)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n model(s), each at the level its Epoch AI model accessibility maps to; rows without one are at level “unknown”.</source>
        <translation>
            <numerusform>Importiert aus %1: %n Modell auf der Stufe, der seine Zugänglichkeit laut Epoch AI entspricht; Zeilen ohne Angabe haben die Stufe „unknown“.</numerusform>
            <numerusform>Importiert aus %1: %n Modelle, jedes auf der Stufe, der seine Zugänglichkeit laut Epoch AI entspricht; Zeilen ohne Angabe haben die Stufe „unknown“.</numerusform>
        </translation>
    </message>
    <message>
        <source>the converted dataset breaks a rule: %1</source>
        <translation>der umgewandelte Datensatz verletzt eine Regel: %1</translation>
    </message>
    <message>
        <source>%1 names %2 models of the dataset (%3); nothing attached</source>
        <translation>%1 benennt %2 Modelle des Datensatzes (%3); nichts zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: Epoch AI&apos;s rows %2 disagree; nothing attached</source>
        <translation>%1: Epoch AIs Zeilen %2 widersprechen sich; nichts zugeordnet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print a &amp;caption under the chart</source>
        <translation>&amp;Bildunterschrift unter dem Diagramm ausgeben</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text kept as text)</source>
        <translation>SVG-Zeichnung (Vektor, Text bleibt Text)</translation>
    </message>
    <message>
        <source>PDF document (one page)</source>
        <translation>PDF-Dokument (eine Seite)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>A4, landscape</source>
        <translation>A4, quer</translation>
    </message>
    <message>
        <source>US Letter, landscape</source>
        <translation>US Letter, quer</translation>
    </message>
    <message>
        <source>A5, landscape</source>
        <translation>A5, quer</translation>
    </message>
    <message>
        <source> px</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixels per layout pixel in a PNG, for high-resolution screens and print</source>
        <translation>Pixel je Layout-Pixel in einem PNG, für hochauflösende Bildschirme und den Druck</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;opy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>There is no dataset to chart.</source>
        <translation>Es gibt keinen Datensatz für ein Diagramm.</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard as an image.</source>
        <translation>Das Diagramm wurde als Bild in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Choose the organizations to show: search, check, All or None</source>
        <translation>Organisationen wählen: suchen, ankreuzen, Alle oder Keine</translation>
    </message>
    <message>
        <source>Organizations shown</source>
        <translation>Gezeigte Organisationen</translation>
    </message>
    <message numerus="yes">
        <source>All %n ▾</source>
        <translation>
            <numerusform>Alle %n ▾</numerusform>
            <numerusform>Alle %n ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ▾</source>
        <translation>
            <numerusform>%1 von %n ▾</numerusform>
            <numerusform>%1 von %n ▾</numerusform>
        </translation>
    </message>
    <message>
        <source>Openness:</source>
        <translation>Offenheit:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Organizations:</source>
        <translation>Organisationen:</translation>
    </message>
    <message>
        <source>Filter by text (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
</context>
<context>
    <name>JsonDocumentReader</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file must be encoded in UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei muss in UTF-8 kodiert sein</translation>
    </message>
    <message>
        <source>cannot read the JSON text: %1</source>
        <translation>der JSON-Text kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>JSON syntax error: a NUL character (U+0000) is not allowed here</source>
        <translation>JSON-Syntaxfehler: ein NUL-Zeichen (U+0000) ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot read the JSON text</source>
        <translation>der JSON-Text kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this file is %1; save it as UTF-8</source>
        <translation>diese Datei ist %1; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>JSON syntax error: a second byte-order mark (U+FEFF); a file starts with one at most</source>
        <translation>JSON-Syntaxfehler: eine zweite Bytereihenfolge-Markierung (U+FEFF); eine Datei beginnt mit höchstens einer</translation>
    </message>
</context>
<context>
    <name>LanePanel</name>
    <message>
        <source>&amp;Pin</source>
        <translation>Anhef&amp;ten</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Zuklappen</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Find a lane</source>
        <translation>Spur finden</translation>
    </message>
    <message>
        <source>Type part of an organization&apos;s name; Enter goes to the first lane found</source>
        <translation>Teil eines Organisationsnamens eingeben; Eingabe geht zur ersten gefundenen Spur</translation>
    </message>
    <message>
        <source>The order of the lanes; pinned lanes stay at the top</source>
        <translation>Reihenfolge der Spuren; angeheftete Spuren bleiben oben</translation>
    </message>
    <message>
        <source>Lane order</source>
        <translation>Reihenfolge der Spuren</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) shown</source>
        <translation>
            <numerusform>%Ln Ereignis gezeigt</numerusform>
            <numerusform>%Ln Ereignisse gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the chosen organization&apos;s lane at the top</source>
        <translation>Die Spur der gewählten Organisation oben halten</translation>
    </message>
    <message>
        <source>Show the chosen organization&apos;s lane as one thin row, without labels</source>
        <translation>Die Spur der gewählten Organisation als eine schmale Zeile ohne Beschriftungen zeigen</translation>
    </message>
    <message>
        <source>Lanes &amp;before Others:</source>
        <translation>&amp;Spuren vor „Andere“:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>How many organizations, those with the most events, keep a lane of their own when more than %n have events shown; the rest share one Others lane. 0: every one has a lane.</source>
        <translation>
            <numerusform>Wie viele Organisationen (die mit den meisten Ereignissen) eine eigene Spur behalten, wenn mehr als %n Ereignisse zeigen; die übrigen teilen sich eine Spur „Andere“. 0: jede hat eine Spur.</numerusform>
            <numerusform>Wie viele Organisationen (die mit den meisten Ereignissen) eine eigene Spur behalten, wenn mehr als %n Ereignisse zeigen; die übrigen teilen sich eine Spur „Andere“. 0: jede hat eine Spur.</numerusform>
        </translation>
    </message>
    <message>
        <source>in Others</source>
        <translation>in „Andere“</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
<context>
    <name>LicensePanel</name>
    <message>
        <source>Licenses in the fil&amp;ter</source>
        <translation>Lizenzen im &amp;Filter</translation>
    </message>
    <message>
        <source>Pic&amp;k licenses</source>
        <translation>Lizenzen &amp;wählen</translation>
    </message>
    <message>
        <source>Compare the licenses of the release events the filter shows</source>
        <translation>Die Lizenzen der Ereignisse vergleichen, die der Filter zeigt</translation>
    </message>
    <message>
        <source>Compare %1 to %2 licenses of your choice</source>
        <translation>%1 bis %2 Lizenzen Ihrer Wahl vergleichen</translation>
    </message>
    <message>
        <source>As &amp;Image (PNG, SVG, PDF)…</source>
        <translation>Als &amp;Bild (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown or CSV…</source>
        <translation>Als &amp;Markdown oder CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save this table as an image, or as Markdown or CSV</source>
        <translation>Diese Tabelle als Bild oder als Markdown oder CSV speichern</translation>
    </message>
    <message>
        <source>Licenses to compare</source>
        <translation>Zu vergleichende Lizenzen</translation>
    </message>
    <message>
        <source>Check %1 to %2 licenses</source>
        <translation>%1 bis %2 Lizenzen ankreuzen</translation>
    </message>
    <message>
        <source>Licenses side by side</source>
        <translation>Lizenzen nebeneinander</translation>
    </message>
    <message>
        <source>Selected term</source>
        <translation>Ausgewählte Bedingung</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>No dataset.</source>
        <translation>Kein Datensatz.</translation>
    </message>
    <message>
        <source>Select a cell to read the clause, its source and what changed from the previous version.</source>
        <translation>Wählen Sie eine Zelle, um die Klausel, ihre Quelle und die Änderung gegenüber der vorigen Version zu lesen.</translation>
    </message>
    <message>
        <source>Check %1 to %2 licenses in the list (%3 checked).</source>
        <translation>Kreuzen Sie %1 bis %2 Lizenzen in der Liste an (%3 angekreuzt).</translation>
    </message>
    <message>
        <source>No release event in the filter has a license.</source>
        <translation>Kein Ereignis im Filter hat eine Lizenz.</translation>
    </message>
    <message>
        <source>Export Licenses Table</source>
        <translation>Lizenztabelle exportieren</translation>
    </message>
    <message>
        <source>Data: %1, as of %2.</source>
        <translation>Daten: %1, Stand %2.</translation>
    </message>
    <message>
        <source>unconfirmed: not checked against the license text</source>
        <translation>unbestätigt: nicht am Lizenztext geprüft</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <translation>%1 sagte:</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) picked.</source>
        <translation>
            <numerusform>%n Lizenz gewählt.</numerusform>
            <numerusform>%n Lizenzen gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) of the filtered release events.</source>
        <translation>
            <numerusform>%n Lizenz der gefilterten Ereignisse.</numerusform>
            <numerusform>%n Lizenzen der gefilterten Ereignisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseTableExporter</name>
    <message>
        <source>Licenses side by side</source>
        <translation>Lizenzen nebeneinander</translation>
    </message>
    <message>
        <source>No license to compare: no release event in the filter has a license.</source>
        <translation>Keine Lizenz zum Vergleichen: Kein Ereignis im Filter hat eine Lizenz.</translation>
    </message>
    <message>
        <source>▲ changed, △ reworded: from the version to its left</source>
        <translation>▲ geändert, △ umformuliert: gegenüber der Version links davon</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>%1 licenses picked, versions of one license next to each other, oldest first.</source>
        <translation>%1 ausgewählte Lizenzen, Versionen einer Lizenz nebeneinander, die älteste zuerst.</translation>
    </message>
    <message>
        <source>The %1 licenses of the release events in the filter, versions of one license next to each other, oldest first.</source>
        <translation>Die %1 Lizenzen der Ereignisse im Filter, Versionen einer Lizenz nebeneinander, die älteste zuerst.</translation>
    </message>
    <message>
        <source>No license to compare.</source>
        <translation>Keine Lizenz zum Vergleichen.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>▲ changed: a different answer than the previous version to its left; △ reworded: the same answer, a different clause.</source>
        <translation>▲ geändert: eine andere Antwort als die vorige Version links davon; △ umformuliert: dieselbe Antwort, eine andere Klausel.</translation>
    </message>
    <message>
        <source>%1: unknown table format; use a .md or .csv file name</source>
        <translation>%1: unbekanntes Tabellenformat; verwenden Sie einen Dateinamen auf .md oder .csv</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message>
        <source>▲ changed</source>
        <translation>▲ geändert</translation>
    </message>
    <message>
        <source>△ reworded</source>
        <translation>△ umformuliert</translation>
    </message>
    <message>
        <source>? unconfirmed</source>
        <translation>? unbestätigt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed from %1: %2 → %3.</source>
        <translation>Geändert gegenüber %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Changed from %1: the same answer (%2), but the clause reads differently.</source>
        <translation>Geändert gegenüber %1: dieselbe Antwort (%2), aber die Klausel ist anders formuliert.</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(unbestätigt)</translation>
    </message>
    <message>
        <source>SPDX: %1</source>
        <translation>SPDX: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) changed from %1.</source>
        <translation>
            <numerusform>%n Bedingung gegenüber %1 geändert.</numerusform>
            <numerusform>%n Bedingungen gegenüber %1 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of this license was not confirmed against its text.</source>
        <translation>Ein Teil dieser Lizenz wurde nicht an ihrem Text überprüft.</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>Ausgaben zum Training anderer Modelle nutzen</translation>
    </message>
    <message>
        <source>User or revenue thresholds</source>
        <translation>Nutzer- oder Umsatzgrenzen</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Richtlinie zur zulässigen Nutzung</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <source>Licensor may revoke or terminate</source>
        <translation>Lizenzgeber darf widerrufen oder kündigen</translation>
    </message>
    <message>
        <source>Patent grant</source>
        <translation>Patentlizenz</translation>
    </message>
    <message>
        <source>Geographic limits</source>
        <translation>Geografische Beschränkungen</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Unter Bedingungen</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht geregelt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Spuren</translation>
    </message>
    <message>
        <source>Show &amp;Lane List</source>
        <translation>Spur&amp;liste zeigen</translation>
    </message>
    <message>
        <source>A searchable list of the lanes beside the timeline</source>
        <translation>Eine durchsuchbare Liste der Spuren neben der Zeitleiste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Release events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Reset Filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a dataset file (JSON)</source>
        <translation>Eine Datensatzdatei (JSON) öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>Mitgelieferten &amp;Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Epoch AI CSV…</source>
        <translation>&amp;Epoch-AI-CSV …</translation>
    </message>
    <message>
        <source>Convert Epoch AI&apos;s Notable AI Models CSV into a dataset, save it and open it</source>
        <translation>Epoch AIs CSV „Notable AI Models“ in einen Datensatz umwandeln, speichern und öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Citation</source>
        <translation>Zitat &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected release as a citation, with its sources</source>
        <translation>Das ausgewählte Ereignis als Zitat mit seinen Quellen kopieren</translation>
    </message>
    <message>
        <source>Copy Citation as &amp;Markdown</source>
        <translation>Zitat als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter by Text</source>
        <translation>Nach &amp;Text filtern</translation>
    </message>
    <message>
        <source>Show &amp;Events</source>
        <translation>&amp;Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Chart</source>
        <translation>&amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Openness Levels</source>
        <translation>&amp;Offenheitsstufen</translation>
    </message>
    <message>
        <source>&amp;About Openness Timeline</source>
        <translation>Ü&amp;ber Openness Timeline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Openness Timeline starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Openness Timeline.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); kept the dataset that was open.</source>
        <translation>
            <numerusform>%1 hat %n Problem; der geöffnete Datensatz bleibt.</numerusform>
            <numerusform>%1 hat %n Probleme; der geöffnete Datensatz bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled dataset</source>
        <translation>mitgelieferter Datensatz</translation>
    </message>
    <message>
        <source>%1 is no longer there; opened the bundled dataset.</source>
        <translation>%1 ist nicht mehr vorhanden; der mitgelieferte Datensatz wurde geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be opened (see Problems); opened the bundled dataset.</source>
        <translation>%1 konnte nicht geöffnet werden (siehe Probleme); der mitgelieferte Datensatz wurde geöffnet.</translation>
    </message>
    <message>
        <source>%1 — Openness Timeline</source>
        <translation>%1 — Openness Timeline</translation>
    </message>
    <message>
        <source>Openness Timeline</source>
        <translation>Openness Timeline</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>The dataset compiled into the application</source>
        <translation>Der in die Anwendung eingebaute Datensatz</translation>
    </message>
    <message>
        <source>every openness level is switched off</source>
        <translation>alle Offenheitsstufen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>openness levels switched off: %1</source>
        <translation>ausgeschaltete Offenheitsstufen: %1</translation>
    </message>
    <message>
        <source>every organization is switched off</source>
        <translation>alle Organisationen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>only these organizations: %1</source>
        <translation>nur diese Organisationen: %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>No release event matches the filter (%1 in the dataset).
Hidden by: %2.</source>
        <translation>Kein Ereignis passt zum Filter (%1 im Datensatz).
Ausgeblendet durch: %2.</translation>
    </message>
    <message>
        <source>the filter</source>
        <translation>den Filter</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Openness Timeline datasets (*.json);;All files (*)</source>
        <translation>Openness-Timeline-Datensätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is no longer there; removed it from the recent files.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open &amp;Primary Source</source>
        <translation>&amp;Primärquelle öffnen</translation>
    </message>
    <message>
        <source>Show &amp;History of %1</source>
        <translation>&amp;Verlauf von %1 zeigen</translation>
    </message>
    <message>
        <source>&amp;Filter to %1</source>
        <translation>Nur %1 &amp;filtern</translation>
    </message>
    <message>
        <source>Select a release to copy its citation.</source>
        <translation>Wählen Sie ein Ereignis, um es zu zitieren.</translation>
    </message>
    <message>
        <source>Copied the citation as Markdown.</source>
        <translation>Zitat als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Copied the citation.</source>
        <translation>Zitat kopiert.</translation>
    </message>
    <message>
        <source>About Openness Timeline</source>
        <translation>Über Openness Timeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Openness Timeline %1&lt;/h3&gt;&lt;p&gt;How open AI model releases really are, over time. &quot;Open source&quot; on an AI model often means less than it says: each release here is placed on a six-step scale from closed to open source AI, with its license explained term by term and the company&apos;s corporate stage at the time.&lt;/p&gt;&lt;p&gt;Dataset: %2 (facts checked %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Openness Timeline %1&lt;/h3&gt;&lt;p&gt;Wie offen Veröffentlichungen von KI-Modellen wirklich sind, im Lauf der Zeit. „Open Source“ bedeutet bei einem KI-Modell oft weniger, als es verspricht: Jedes Ereignis steht hier auf einer sechsstufigen Skala von geschlossen bis Open Source AI, mit seiner Lizenz Bedingung für Bedingung erklärt und der damaligen Phase des Unternehmens.&lt;/p&gt;&lt;p&gt;Datensatz: %2 (Fakten geprüft am %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Openness levels&lt;/h3&gt;&lt;p&gt;From least to most open:&lt;/p&gt;&lt;ol start=&quot;0&quot;&gt;</source>
        <translation>&lt;h3&gt;Offenheitsstufen&lt;/h3&gt;&lt;p&gt;Von am wenigsten bis am meisten offen:&lt;/p&gt;&lt;ol start=&quot;0&quot;&gt;</translation>
    </message>
    <message>
        <source>Openness Levels</source>
        <translation>Offenheitsstufen</translation>
    </message>
    <message>
        <source>%1: %2 — data checked %3.</source>
        <translation>%1: %2 — Daten geprüft am %3.</translation>
    </message>
    <message>
        <source>Show Licen&amp;ses</source>
        <translation>&amp;Lizenzen zeigen</translation>
    </message>
    <message>
        <source>Export &amp;Licenses Table</source>
        <translation>&amp;Lizenztabelle exportieren</translation>
    </message>
    <message>
        <source>As &amp;Image (PNG, SVG, PDF)…</source>
        <translation>Als &amp;Bild (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown or CSV…</source>
        <translation>Als &amp;Markdown oder CSV…</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>The license terms of the filtered release events side by side</source>
        <translation>Die Lizenzbedingungen der gefilterten Ereignisse nebeneinander</translation>
    </message>
    <message>
        <source>Import Epoch AI CSV</source>
        <translation>Epoch-AI-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Imported Dataset</source>
        <translation>Importierten Datensatz speichern</translation>
    </message>
    <message>
        <source>Openness Timeline datasets (*.json)</source>
        <translation>Openness-Timeline-Datensätze (*.json)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation>Aus %1 konnte nichts importiert werden.</translation>
    </message>
    <message>
        <source>Import Not Saved</source>
        <translation>Import nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n model(s) from %1</source>
        <translation>
            <numerusform>%n Modell aus %1 importiert</numerusform>
            <numerusform>%n Modelle aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at level unknown</source>
        <translation>
            <numerusform>%n mit unbekannter Stufe</numerusform>
            <numerusform>%n mit unbekannter Stufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported and were skipped.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht importiert werden und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen konnten nicht importiert werden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that could not be imported: see the details.</source>
        <translation>Zeilen, die nicht importiert werden konnten: siehe Details.</translation>
    </message>
</context>
<context>
    <name>Openness</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Not generally available: internal, announced only, or an invite-only preview. No self-service access and no weights.</source>
        <translation>Nicht allgemein verfügbar: intern, nur angekündigt oder eine Vorschau nur auf Einladung. Kein Zugang auf eigene Faust und keine Gewichte.</translation>
    </message>
    <message>
        <source>API or product only</source>
        <translation>Nur API oder Produkt</translation>
    </message>
    <message>
        <source>API only</source>
        <translation>Nur API</translation>
    </message>
    <message>
        <source>Anyone, or any paying customer, can use it through the maker&apos;s app or API, but the weights are not released: the maker decides who may use it, how, and for how long.</source>
        <translation>Jeder oder jeder zahlende Kunde kann es über die App oder API des Herstellers nutzen, aber die Gewichte sind nicht veröffentlicht: Der Hersteller entscheidet, wer es wie und wie lange nutzen darf.</translation>
    </message>
    <message>
        <source>Weights available, non-commercial</source>
        <translation>Gewichte verfügbar, nicht kommerziell</translation>
    </message>
    <message>
        <source>Non-commercial</source>
        <translation>Nicht kommerziell</translation>
    </message>
    <message>
        <source>The weights can be downloaded (perhaps after registering), but the license forbids commercial use or allows research only.</source>
        <translation>Die Gewichte können heruntergeladen werden (eventuell nach Registrierung), aber die Lizenz verbietet kommerzielle Nutzung oder erlaubt nur Forschung.</translation>
    </message>
    <message>
        <source>Weights available, restricted</source>
        <translation>Gewichte verfügbar, eingeschränkt</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>The weights can be downloaded and commercial use is allowed, but under a custom license that limits it: user or revenue caps, an acceptable-use policy, bans on training other models, or a grant the licensor may revoke. Source-available, not open source.</source>
        <translation>Die Gewichte können heruntergeladen und kommerziell genutzt werden, aber unter einer eigenen Lizenz, die das einschränkt: Nutzer- oder Umsatzgrenzen, eine Richtlinie zur zulässigen Nutzung, Verbote, andere Modelle zu trainieren, oder eine widerrufliche Erlaubnis. Quelloffen einsehbar, nicht Open Source.</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Offene Gewichte</translation>
    </message>
    <message>
        <source>The weights are under an OSI-approved license (such as Apache-2.0 or MIT) with no use restrictions: an open-source license. But the training code or the information about the training data is missing, so it is not Open Source AI under the OSI Open Source AI Definition 1.0.</source>
        <translation>Die Gewichte stehen unter einer von der OSI anerkannten Lizenz (etwa Apache-2.0 oder MIT) ohne Nutzungsbeschränkungen: einer Open-Source-Lizenz. Aber der Trainingscode oder die Angaben zu den Trainingsdaten fehlen, also ist es keine Open Source AI nach der OSI Open Source AI Definition 1.0.</translation>
    </message>
    <message>
        <source>Open source AI</source>
        <translation>Open Source AI</translation>
    </message>
    <message>
        <source>Open weights plus the complete training code and enough information about the training data to rebuild a substantially equivalent system, all under open terms (OSI Open Source AI Definition 1.0).</source>
        <translation>Offene Gewichte plus der vollständige Trainingscode und genug Angaben zu den Trainingsdaten, um ein im Wesentlichen gleichwertiges System nachzubauen, alles unter offenen Bedingungen (OSI Open Source AI Definition 1.0).</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>Stufe unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The catalogue this event was imported from does not say how open the model is. Nothing is guessed: the event is neither counted as open nor as closed.</source>
        <translation>Der Katalog, aus dem dieses Ereignis importiert wurde, sagt nicht, wie offen das Modell ist. Nichts wird geraten: Das Ereignis zählt weder als offen noch als geschlossen.</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Organizations to show</source>
        <translation>Zu zeigende Organisationen</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Show every organization listed</source>
        <translation>Jede gelistete Organisation zeigen</translation>
    </message>
    <message>
        <source>Hide every organization listed</source>
        <translation>Jede gelistete Organisation ausblenden</translation>
    </message>
</context>
<context>
    <name>OsaiAssessment</name>
    <message>
        <source>Base Model Data</source>
        <translation>Daten des Basismodells</translation>
    </message>
    <message>
        <source>End User Model Data</source>
        <translation>Daten des Endmodells</translation>
    </message>
    <message>
        <source>Base Model Weights</source>
        <translation>Gewichte des Basismodells</translation>
    </message>
    <message>
        <source>End User Model Weights</source>
        <translation>Gewichte des Endmodells</translation>
    </message>
    <message>
        <source>Training Code</source>
        <translation>Trainingscode</translation>
    </message>
    <message>
        <source>Code Documentation</source>
        <translation>Code-Dokumentation</translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation>Hardware-Architektur</translation>
    </message>
    <message>
        <source>Preprint</source>
        <translation>Preprint</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Fachartikel</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datenblatt</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Are the data sources for training the base model comprehensively documented and made available?</source>
        <translation>Sind die Datenquellen für das Training des Basismodells umfassend dokumentiert und zugänglich gemacht?</translation>
    </message>
    <message>
        <source>Are the data sources for training the model that the end user interacts with comprehensively documented and made available?</source>
        <translation>Sind die Datenquellen für das Training des Modells, mit dem die Endnutzer arbeiten, umfassend dokumentiert und zugänglich gemacht?</translation>
    </message>
    <message>
        <source>Are the weights of the base model made freely available?</source>
        <translation>Sind die Gewichte des Basismodells frei verfügbar?</translation>
    </message>
    <message>
        <source>Are the weights of the model that the end user interacts with made freely available?</source>
        <translation>Sind die Gewichte des Modells, mit dem die Endnutzer arbeiten, frei verfügbar?</translation>
    </message>
    <message>
        <source>Is the source code of dataset processing, model training and tuning comprehensively made available?</source>
        <translation>Ist der Quellcode für Datensatzverarbeitung, Modelltraining und Feinabstimmung vollständig zugänglich gemacht?</translation>
    </message>
    <message>
        <source>Is the source code of data processing, model training and tuning comprehensively documented?</source>
        <translation>Ist der Quellcode für Datenverarbeitung, Modelltraining und Feinabstimmung umfassend dokumentiert?</translation>
    </message>
    <message>
        <source>Is the hardware architecture used for data processing and model training comprehensively documented?</source>
        <translation>Ist die für Datenverarbeitung und Modelltraining verwendete Hardware-Architektur umfassend dokumentiert?</translation>
    </message>
    <message>
        <source>Are archived preprints available that detail all major parts of the system?</source>
        <translation>Gibt es archivierte Preprints, die alle wesentlichen Teile des Systems ausführlich beschreiben?</translation>
    </message>
    <message>
        <source>Are peer-reviewed scientific publications available that detail all major parts of the system?</source>
        <translation>Gibt es begutachtete wissenschaftliche Veröffentlichungen, die alle wesentlichen Teile des Systems ausführlich beschreiben?</translation>
    </message>
    <message>
        <source>Is a model card available in a standardized format that gives comprehensive insight into architecture, training, fine-tuning and evaluation?</source>
        <translation>Gibt es eine Model Card in einem standardisierten Format, die umfassenden Einblick in Architektur, Training, Feinabstimmung und Evaluation gibt?</translation>
    </message>
    <message>
        <source>Is a datasheet as defined in &quot;Datasheets for Datasets&quot; (Gebru et al. 2021) available?</source>
        <translation>Gibt es ein Datenblatt im Sinne von „Datasheets for Datasets“ (Gebru et al. 2021)?</translation>
    </message>
    <message>
        <source>Is the project fully covered by OSI-approved licenses, including all data sources and training pipeline code?</source>
        <translation>Steht das Projekt vollständig unter von der OSI anerkannten Lizenzen, einschließlich aller Datenquellen und des Codes der Trainingspipeline?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>OsaiImporter</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>missing %1 (%2)</source>
        <translation>%1 fehlt (%2)</translation>
    </message>
    <message>
        <source>%1: wrong type: found %2, expected %3</source>
        <translation>%1: falscher Typ: %2 gefunden, %3 erwartet</translation>
    </message>
    <message>
        <source>%1.%2 is empty; expected some text</source>
        <translation>%1.%2 ist leer; Text erwartet</translation>
    </message>
    <message>
        <source>%1.%2: wrong type: found %3, expected a text</source>
        <translation>%1.%2: falscher Typ: %3 gefunden, ein Text erwartet</translation>
    </message>
    <message>
        <source>missing parameter %1; every Index entry grades all %2 parameters</source>
        <translation>Parameter %1 fehlt; jeder Index-Eintrag bewertet alle %2 Parameter</translation>
    </message>
    <message>
        <source>%1: wrong type: found %2, expected a mapping with class, link and notes</source>
        <translation>%1: falscher Typ: %2 gefunden, ein Mapping mit class, link und notes erwartet</translation>
    </message>
    <message>
        <source>%1.class is empty (not applicable); expected one of %2</source>
        <translation>%1.class ist leer (nicht anwendbar); erwartet: eines von %2</translation>
    </message>
    <message>
        <source>%1.class: wrong type: found %2, expected one of %3</source>
        <translation>%1.class: falscher Typ: %2 gefunden, erwartet: eine von %3</translation>
    </message>
    <message>
        <source>%1.class: unknown grade %2; expected one of %3</source>
        <translation>%1.class: unbekannte Bewertung %2; erwartet: eine von %3</translation>
    </message>
    <message>
        <source>%1.link: wrong type: found %2, expected a URL</source>
        <translation>%1.link: falscher Typ: %2 gefunden, eine URL erwartet</translation>
    </message>
    <message>
        <source>%1.link: %2 is not an http or https URL</source>
        <translation>%1.link: %2 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>%1.link: wrong type: found a mapping, expected a URL or a list of URLs</source>
        <translation>%1.link: falscher Typ: ein Mapping gefunden, eine URL oder eine Liste von URLs erwartet</translation>
    </message>
    <message>
        <source>not UTF-8 text: byte 0x%1 cannot start or continue a character here</source>
        <translation>kein UTF-8-Text: Byte 0x%1 kann hier kein Zeichen beginnen oder fortsetzen</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>kein YAML: %1</translation>
    </message>
    <message>
        <source>found %1, expected an Index entry (a mapping with system, org and the parameters)</source>
        <translation>%1 gefunden, ein Index-Eintrag erwartet (ein Mapping mit system, org und den Parametern)</translation>
    </message>
    <message>
        <source>a mapping with name, endmodelname, …</source>
        <translation>ein Mapping mit name, endmodelname, …</translation>
    </message>
    <message>
        <source>a mapping with name, link and notes</source>
        <translation>ein Mapping mit name, link und notes</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the entry names no organization</source>
        <translation>der Eintrag nennt keine Organisation</translation>
    </message>
    <message>
        <source>no organization of the dataset is %1</source>
        <translation>keine Organisation des Datensatzes ist %1</translation>
    </message>
    <message>
        <source>no model of the organization is named %1 or in a family of that name</source>
        <translation>kein Modell der Organisation heißt %1 oder gehört zu einer Familie dieses Namens</translation>
    </message>
    <message>
        <source>the graded end model %1 is none of %2</source>
        <translation>das bewertete Endmodell %1 ist keines von %2</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1: kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>%1 bytes; an Index entry is a few KiB, so it was not read</source>
        <translation>%1 Bytes; ein Index-Eintrag ist wenige KiB groß, daher wurde die Datei nicht gelesen</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no model matches %1: %2</source>
        <translation>kein Modell passt zu %1: %2</translation>
    </message>
    <message>
        <source>no model matches %1: it would grade %2, already graded by %3</source>
        <translation>kein Modell passt zu %1: der Eintrag würde %2 bewerten, das schon von %3 bewertet wird</translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>pushed toward openness</source>
        <translation>drängte zur Offenheit</translation>
    </message>
    <message>
        <source>pushed toward closed weights</source>
        <translation>drängte zu geschlossenen Gewichten</translation>
    </message>
    <message>
        <source>pulled both ways</source>
        <translation>zog in beide Richtungen</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>unlesbare Datei</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>JSON syntax</source>
        <translation>JSON-Syntax</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>fehlender Schlüssel</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>ungültiges Datum</translation>
    </message>
    <message>
        <source>invalid id</source>
        <translation>ungültige ID</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>unbekannter Wert</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>unbekannter Verweis</translation>
    </message>
    <message>
        <source>invalid URL</source>
        <translation>ungültige URL</translation>
    </message>
    <message>
        <source>weak source URL</source>
        <translation>schwache Quell-URL</translation>
    </message>
    <message>
        <source>invalid SPDX id</source>
        <translation>ungültige SPDX-ID</translation>
    </message>
    <message>
        <source>no sources</source>
        <translation>keine Quellen</translation>
    </message>
    <message>
        <source>stage dates</source>
        <translation>Phasendaten</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s). The dataset that was open is still shown.</source>
        <translation>
            <numerusform>%1 konnte nicht geöffnet werden: %n Problem. Der zuvor geöffnete Datensatz wird weiter gezeigt.</numerusform>
            <numerusform>%1 konnte nicht geöffnet werden: %n Probleme. Der zuvor geöffnete Datensatz wird weiter gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends too early: a closing } or ] is missing at the end, or the file was cut short.</source>
        <translation>Die Datei endet zu früh: Am Ende fehlt eine schließende } oder ], oder die Datei wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>A colon (:) is missing after the key before line %1, column %2.</source>
        <translation>Nach dem Schlüssel vor Zeile %1, Spalte %2 fehlt ein Doppelpunkt (:).</translation>
    </message>
    <message>
        <source>A key in double quotes is expected at line %1, column %2; a comma too many before a } also causes this.</source>
        <translation>In Zeile %1, Spalte %2 wird ein Schlüssel in doppelten Anführungszeichen erwartet; auch ein Komma zu viel vor einer } führt dazu.</translation>
    </message>
    <message>
        <source>A comma or } is missing before line %1, column %2.</source>
        <translation>Vor Zeile %1, Spalte %2 fehlt ein Komma oder eine }.</translation>
    </message>
    <message>
        <source>A comma or ] is missing before line %1, column %2.</source>
        <translation>Vor Zeile %1, Spalte %2 fehlt ein Komma oder eine ].</translation>
    </message>
    <message>
        <source>A value is missing at line %1, column %2: perhaps a comma too many before it.</source>
        <translation>In Zeile %1, Spalte %2 fehlt ein Wert: vielleicht steht davor ein Komma zu viel.</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not JSON: text goes in double quotes, and true, false and null are written in lower case.</source>
        <translation>Zeile %1, Spalte %2 ist kein JSON: Text steht in doppelten Anführungszeichen, und true, false und null werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>The text at line %1, column %2 is not a valid JSON string: a quote, a backslash or a line break inside it needs a backslash before it.</source>
        <translation>Der Text in Zeile %1, Spalte %2 ist keine gültige JSON-Zeichenkette: Anführungszeichen, Backslash oder Zeilenumbruch darin brauchen einen Backslash davor.</translation>
    </message>
    <message>
        <source>The number at line %1, column %2 is not written as JSON numbers are (no leading zeros, no + sign, digits after a dot).</source>
        <translation>Die Zahl in Zeile %1, Spalte %2 ist nicht wie eine JSON-Zahl geschrieben (keine führenden Nullen, kein +-Zeichen, Ziffern nach einem Punkt).</translation>
    </message>
</context>
<context>
    <name>ReleaseDocument</name>
    <message>
        <source>Select a release on the timeline or in the list. ← → move between releases.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder in der Liste. ← → wechseln zwischen Ereignissen.</translation>
    </message>
    <message>
        <source>May revoke</source>
        <translation>Darf widerrufen</translation>
    </message>
    <message>
        <source>On breach only</source>
        <translation>Nur bei Verstoß</translation>
    </message>
    <message>
        <source>Cannot revoke</source>
        <translation>Kein Widerruf</translation>
    </message>
    <message>
        <source>Not in the license</source>
        <translation>Nicht in der Lizenz</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: a month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: a day</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <comment>a date range</comment>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>MMMM</source>
        <comment>date format: a month in a range</comment>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format: the first day of a range within one month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: the first day of a range within one year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>API opened</source>
        <translation>API geöffnet</translation>
    </message>
    <message>
        <source>Weights published</source>
        <translation>Gewichte veröffentlicht</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>Lizenz geändert</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>The sources do not confirm this event in every detail.</source>
        <translation>Die Quellen bestätigen dieses Ereignis nicht in jedem Detail.</translation>
    </message>
    <message>
        <source>How open</source>
        <translation>Wie offen</translation>
    </message>
    <message>
        <source>level %1 on a scale from 0 (closed) to %2 (open source AI)</source>
        <translation>Stufe %1 auf einer Skala von 0 (geschlossen) bis %2 (Open Source AI)</translation>
    </message>
    <message>
        <source>Nobody outside the maker can use it yet, and no weights were published.</source>
        <translation>Außerhalb des Herstellers kann es noch niemand nutzen, und es wurden keine Gewichte veröffentlicht.</translation>
    </message>
    <message>
        <source>No weights were published: you can only use it through the maker&apos;s app or API, under its terms of service, which the maker can change or withdraw.</source>
        <translation>Es wurden keine Gewichte veröffentlicht: Sie können es nur über die App oder API des Herstellers nutzen, zu dessen Nutzungsbedingungen, die der Hersteller ändern oder zurückziehen kann.</translation>
    </message>
    <message>
        <source>Not open source: the weights can be downloaded, but the license forbids commercial use. An open-source license must let anyone use the work for any purpose.</source>
        <translation>Nicht Open Source: Die Gewichte können heruntergeladen werden, aber die Lizenz verbietet kommerzielle Nutzung. Eine Open-Source-Lizenz muss jedem die Nutzung zu jedem Zweck erlauben.</translation>
    </message>
    <message>
        <source>Not open source, even where it is called “open”: the weights can be downloaded and used commercially, but the custom license attaches strings (see the terms below). That is source-available (“weights available”), not an open-source license, and not Open Source AI under the OSI Open Source AI Definition.</source>
        <translation>Nicht Open Source, auch wo es „offen“ genannt wird: Die Gewichte können heruntergeladen und kommerziell genutzt werden, aber die eigene Lizenz knüpft Bedingungen daran (siehe unten). Das ist „source-available“ („Gewichte verfügbar“), keine Open-Source-Lizenz und keine Open Source AI nach der OSI Open Source AI Definition.</translation>
    </message>
    <message>
        <source>an OSI-approved license</source>
        <translation>einer von der OSI anerkannten Lizenz</translation>
    </message>
    <message>
        <source>Open source as a license, but not Open Source AI. The weights are under %1, an open-source license: you may use, study, modify and share them for any purpose. But the OSI Open Source AI Definition 1.0 also requires the complete training code and enough information about the training data for a skilled person to build a substantially equivalent system. This release does not include them, so it is not Open Source AI.</source>
        <translation>Als Lizenz Open Source, aber keine Open Source AI. Die Gewichte stehen unter %1, einer Open-Source-Lizenz: Sie dürfen sie zu jedem Zweck nutzen, untersuchen, verändern und weitergeben. Die OSI Open Source AI Definition 1.0 verlangt aber auch den vollständigen Trainingscode und genug Angaben zu den Trainingsdaten, damit eine Fachperson ein im Wesentlichen gleichwertiges System bauen kann. Diese Veröffentlichung enthält sie nicht, also ist sie keine Open Source AI.</translation>
    </message>
    <message>
        <source>Open Source AI under the OSI Open Source AI Definition 1.0: the weights, the complete training code and the information about the training data are all published under open terms, so anyone can use, study, modify, share and rebuild it.</source>
        <translation>Open Source AI nach der OSI Open Source AI Definition 1.0: Die Gewichte, der vollständige Trainingscode und die Angaben zu den Trainingsdaten sind alle unter offenen Bedingungen veröffentlicht, also kann jeder es nutzen, untersuchen, verändern, weitergeben und nachbauen.</translation>
    </message>
    <message>
        <source>What this means:</source>
        <translation>Was das bedeutet:</translation>
    </message>
    <message>
        <source>Why this level:</source>
        <translation>Warum diese Stufe:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>SPDX id</source>
        <translation>SPDX-ID</translation>
    </message>
    <message>
        <source>no SPDX id</source>
        <translation>keine SPDX-ID</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>Von der OSI anerkannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the license text</source>
        <translation>der Lizenztext</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>About this license:</source>
        <translation>Zu dieser Lizenz:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>In plain words, and the clause</source>
        <translation>In einfachen Worten, und die Klausel</translation>
    </message>
    <message>
        <source>The license says nothing about this.</source>
        <translation>Die Lizenz sagt dazu nichts.</translation>
    </message>
    <message>
        <source>clause source</source>
        <translation>Quelle der Klausel</translation>
    </message>
    <message>
        <source>No license applies: the model is not generally available and no weights were published.</source>
        <translation>Keine Lizenz gilt: Das Modell ist nicht allgemein verfügbar, und es wurden keine Gewichte veröffentlicht.</translation>
    </message>
    <message>
        <source>No license applies because no weights were published: you can only use it through the maker&apos;s app or API, under its terms of service.</source>
        <translation>Keine Lizenz gilt, weil keine Gewichte veröffentlicht wurden: Sie können es nur über die App oder API des Herstellers nutzen, zu dessen Nutzungsbedingungen.</translation>
    </message>
    <message>
        <source>The dataset records no license for this release, although weights were published: check the sources before relying on it.</source>
        <translation>Der Datensatz nennt für dieses Ereignis keine Lizenz, obwohl Gewichte veröffentlicht wurden: Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Corporate stage at the time</source>
        <translation>Unternehmensphase zu der Zeit</translation>
    </message>
    <message>
        <source>The organization of this model is not in the dataset.</source>
        <translation>Die Organisation dieses Modells ist nicht im Datensatz.</translation>
    </message>
    <message>
        <source>No corporate stage of %1 is recorded for this date.</source>
        <translation>Für dieses Datum ist keine Unternehmensphase von %1 erfasst.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>What the business was doing:</source>
        <translation>Was das Unternehmen tat:</translation>
    </message>
    <message>
        <source>Why it bore on openness:</source>
        <translation>Warum das die Offenheit beeinflusste:</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Druck:</translation>
    </message>
    <message>
        <source>About this stage:</source>
        <translation>Zu dieser Phase:</translation>
    </message>
    <message>
        <source>Corporate events of %1 within six months:</source>
        <translation>Unternehmensereignisse von %1 innerhalb von sechs Monaten:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>(shown)</source>
        <translation>(angezeigt)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>No source recorded.</source>
        <translation>Keine Quelle erfasst.</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(Primärquelle)</translation>
    </message>
    <message>
        <source>(secondary)</source>
        <translation>(Sekundärquelle)</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>(not a web link: %1)</source>
        <translation>(kein Weblink: %1)</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>not on the scale from 0 (closed) to %1 (open source AI)</source>
        <translation>nicht auf der Skala von 0 (geschlossen) bis %1 (Open-Source-KI)</translation>
    </message>
    <message>
        <source>The catalogue this event comes from does not say whether, or how, the model was made available, so no level is claimed for it: it is neither counted as open nor as closed. Check the sources before relying on it.</source>
        <translation>Der Katalog, aus dem dieses Ereignis stammt, sagt nicht, ob oder wie das Modell zugänglich gemacht wurde, daher wird ihm keine Stufe zugeschrieben: Es zählt weder als offen noch als geschlossen. Prüfen Sie die Quellen, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>No license is recorded: the catalogue this event comes from does not say how the model was made available.</source>
        <translation>Keine Lizenz erfasst: Der Katalog, aus dem dieses Ereignis stammt, sagt nicht, wie das Modell zugänglich gemacht wurde.</translation>
    </message>
    <message>
        <source>the weights (not published at this event)</source>
        <translation>die Gewichte (bei diesem Ereignis nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>the weights under OSI-approved terms (%1 is not OSI-approved)</source>
        <translation>die Gewichte unter von der OSI anerkannten Bedingungen (%1 ist nicht von der OSI anerkannt)</translation>
    </message>
    <message>
        <source>no license is recorded, which</source>
        <translation>keine Lizenz ist erfasst, was</translation>
    </message>
    <message>
        <source>the complete training code (the Index grades it %1)</source>
        <translation>der vollständige Trainingscode (der Index bewertet ihn: %1)</translation>
    </message>
    <message>
        <source>information on all the training data (the Index grades the data sources %1)</source>
        <translation>Angaben zu allen Trainingsdaten (der Index bewertet die Datenquellen: %1)</translation>
    </message>
    <message>
        <source>information on all the training data (the Index grades the base model&apos;s data sources %1, the end model&apos;s %2)</source>
        <translation>Angaben zu allen Trainingsdaten (der Index bewertet die Datenquellen des Basismodells: %1, die des Endmodells: %2)</translation>
    </message>
    <message>
        <source>OSI-approved terms for all of it (the Index grades the licenses %1)</source>
        <translation>von der OSI anerkannte Bedingungen für alles (der Index bewertet die Lizenzen: %1)</translation>
    </message>
    <message>
        <source>the training code and data information (not recorded as published)</source>
        <translation>der Trainingscode und die Angaben zu den Daten (nicht als veröffentlicht erfasst)</translation>
    </message>
    <message>
        <source>The Index gives no notes.</source>
        <translation>Der Index gibt keine Anmerkungen.</translation>
    </message>
    <message>
        <source>No evidence link.</source>
        <translation>Kein Beleglink.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>European Open Source AI Index, %1</source>
        <translation>European Open Source AI Index, %1</translation>
    </message>
    <message>
        <source>This timeline counts the weights&apos; license, %1, as open (it is OSI-approved), but the Index grades the licenses %2: it asks that the training data and code be under open licenses too.</source>
        <translation>Diese Zeitleiste zählt die Lizenz der Gewichte, %1, als offen (sie ist von der OSI anerkannt), aber der Index bewertet die Lizenzen mit %2: Er verlangt, dass auch Trainingsdaten und Code unter offenen Lizenzen stehen.</translation>
    </message>
    <message>
        <source>The Index grades the licenses open, but this timeline records %1, which is not OSI-approved.</source>
        <translation>Der Index bewertet die Lizenzen als offen, aber diese Zeitleiste verzeichnet %1, die nicht von der OSI anerkannt ist.</translation>
    </message>
    <message>
        <source>At this event no weights were published (%1), while the Index grades the end model&apos;s weights %2: it grades the model as it is now, by its latest version.</source>
        <translation>Bei diesem Ereignis wurden keine Gewichte veröffentlicht (%1), während der Index die Gewichte des Endmodells mit %2 bewertet: Er bewertet das Modell, wie es heute ist, nach seiner neuesten Version.</translation>
    </message>
    <message>
        <source>The Index grades the end model&apos;s weights open because anyone can download them; this timeline&apos;s level, %1, also weighs what the license forbids.</source>
        <translation>Der Index bewertet die Gewichte des Endmodells als offen, weil jeder sie herunterladen kann; die Stufe dieser Zeitleiste, %1, berücksichtigt auch, was die Lizenz verbietet.</translation>
    </message>
    <message>
        <source>This timeline&apos;s level, %1, says the weights are openly licensed, but the Index grades the end model&apos;s weights %2.</source>
        <translation>Die Stufe dieser Zeitleiste, %1, sagt, die Gewichte stehen unter offener Lizenz, aber der Index bewertet die Gewichte des Endmodells mit %2.</translation>
    </message>
    <message>
        <source>This timeline rates it open source AI, but by the Index&apos;s grades it does not meet the OSI definition.</source>
        <translation>Diese Zeitleiste stuft es als Open Source AI ein, aber nach den Bewertungen des Index erfüllt es die Definition der OSI nicht.</translation>
    </message>
    <message>
        <source>By the Index&apos;s grades it meets the OSI definition, while this timeline&apos;s level is %1.</source>
        <translation>Nach den Bewertungen des Index erfüllt es die Definition der OSI, während die Stufe dieser Zeitleiste %1 ist.</translation>
    </message>
    <message>
        <source>Across frameworks</source>
        <translation>Im Vergleich der Bewertungssysteme</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>OSI-approved</source>
        <translation>von der OSI anerkannt</translation>
    </message>
    <message>
        <source>not OSI-approved</source>
        <translation>nicht von der OSI anerkannt</translation>
    </message>
    <message>
        <source>The dataset records no license for these weights.</source>
        <translation>Der Datensatz nennt für diese Gewichte keine Lizenz.</translation>
    </message>
    <message>
        <source>No weights were published at this event.</source>
        <translation>Bei diesem Ereignis wurden keine Gewichte veröffentlicht.</translation>
    </message>
    <message>
        <source>This timeline</source>
        <translation>Diese Zeitleiste</translation>
    </message>
    <message>
        <source>Epoch AI (Notable AI Models)</source>
        <translation>Epoch AI (Notable AI Models)</translation>
    </message>
    <message>
        <source>%1 open, %2 partial, %3 closed, of %4 parameters.</source>
        <translation>%1 offen, %2 teilweise, %3 geschlossen, von %4 Kriterien.</translation>
    </message>
    <message>
        <source>Point at a cell (or click it) for the parameter, the Index&apos;s notes and its evidence.</source>
        <translation>Zeigen Sie auf eine Zelle (oder klicken Sie sie an) für das Kriterium, die Anmerkungen des Index und seine Belege.</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>European Open Source AI Index</source>
        <translation>European Open Source AI Index</translation>
    </message>
    <message>
        <source>Not graded by the European Open Source AI Index.</source>
        <translation>Nicht vom European Open Source AI Index bewertet.</translation>
    </message>
    <message>
        <source>Open Source AI Index</source>
        <translation>Open Source AI Index</translation>
    </message>
    <message>
        <source>Meets it.</source>
        <translation>Erfüllt sie.</translation>
    </message>
    <message>
        <source>Does not meet it.</source>
        <translation>Erfüllt sie nicht.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Es fehlt:</translation>
    </message>
    <message>
        <source>It needs the weights, the complete code and information on all the training data, under OSI-approved terms. Judged from this release&apos;s license and the Index&apos;s grades.</source>
        <translation>Sie verlangt die Gewichte, den vollständigen Code und Angaben zu allen Trainingsdaten, unter von der OSI anerkannten Bedingungen. Beurteilt nach der Lizenz dieses Ereignisses und den Bewertungen des Index.</translation>
    </message>
    <message>
        <source>It needs the weights, the complete code and information on all the training data, under OSI-approved terms. Judged from this timeline&apos;s level and license alone.</source>
        <translation>Sie verlangt die Gewichte, den vollständigen Code und Angaben zu allen Trainingsdaten, unter von der OSI anerkannten Bedingungen. Beurteilt allein nach der Stufe und der Lizenz in dieser Zeitleiste.</translation>
    </message>
    <message>
        <source>OSI Open Source AI Definition 1.0</source>
        <translation>OSI Open Source AI Definition 1.0</translation>
    </message>
    <message>
        <source>Where they disagree:</source>
        <translation>Wo sie sich widersprechen:</translation>
    </message>
    <message>
        <source>Grades: %1, CC-BY 4.0; Liesenfeld &amp; Dingemanse (2024), “Rethinking open source generative AI: open-washing and the EU AI Act”, FAccT 2024.</source>
        <translation>Bewertungen: %1, CC-BY 4.0; Liesenfeld &amp; Dingemanse (2024), „Rethinking open source generative AI: open-washing and the EU AI Act“, FAccT 2024.</translation>
    </message>
    <message>
        <source>Epoch AI gives no accessibility value.</source>
        <translation>Epoch AI gibt keinen Wert für die Zugänglichkeit an.</translation>
    </message>
    <message>
        <source>Epoch AI&apos;s value, “%1”, is %2 on this timeline&apos;s scale; this event left the model at %3. Epoch gives one value a model, this timeline one a dated event.</source>
        <translation>Epoch AIs Wert „%1“ entspricht auf der Skala dieser Zeitleiste %2; dieses Ereignis ließ das Modell bei %3. Epoch gibt einen Wert je Modell, diese Zeitleiste einen je datiertem Ereignis.</translation>
    </message>
    <message>
        <source>No entry of Epoch AI&apos;s catalogue is attached to this model.</source>
        <translation>Diesem Modell ist kein Eintrag aus Epoch AIs Katalog zugeordnet.</translation>
    </message>
</context>
<context>
    <name>ReleaseKind</name>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>launches</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>API openings</source>
        <translation>API-Öffnungen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>weights releases</source>
        <translation>Gewichte-Veröffentlichungen</translation>
    </message>
    <message>
        <source>License change</source>
        <translation>Lizenzänderung</translation>
    </message>
    <message>
        <source>license changes</source>
        <translation>Lizenzänderungen</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>retirements</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (unbestätigt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No SPDX id</source>
        <translation>Keine SPDX-ID</translation>
    </message>
    <message>
        <source>SPDX: %1</source>
        <translation>SPDX: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystemvorgabe</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Click to collapse or expand the lane.</source>
        <translation>Klicken, um die Spur zu- oder aufzuklappen.</translation>
    </message>
    <message>
        <source>Activate to zoom in on these events.</source>
        <translation>Aktivieren, um auf diese Ereignisse zu zoomen.</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>Stufe unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Cluster of %Ln events of %1 from %2 to %3: %4</source>
        <translation>
            <numerusform>Gruppe von %Ln Ereignis von %1 vom %2 bis %3: %4</numerusform>
            <numerusform>Gruppe von %Ln Ereignissen von %1 vom %2 bis %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineContent</name>
    <message>
        <source>(no organization)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>Stufe unbekannt</translation>
    </message>
    <message>
        <source>no license</source>
        <translation>keine Lizenz</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>license change</source>
        <translation>Lizenzänderung</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>Einstellung</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n organizations)</source>
        <translation>
            <numerusform>Andere (%n Organisation)</numerusform>
            <numerusform>Andere (%n Organisationen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>No release event matches the filters. Switch levels, organizations or event kinds back on, or clear the search text, to see events again.</source>
        <translation>Kein Ereignis passt zu den Filtern. Schalten Sie Stufen, Organisationen oder Ereignisarten wieder ein oder leeren Sie den Suchtext, um wieder Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>announcement (hollow)</source>
        <translation>Ankündigung (hohl)</translation>
    </message>
    <message>
        <source>license change (ringed)</source>
        <translation>Lizenzänderung (mit Ring)</translation>
    </message>
    <message>
        <source>retired (struck through)</source>
        <translation>eingestellt (durchgestrichen)</translation>
    </message>
    <message>
        <source>unconfirmed (pale, dashed)</source>
        <translation>unbestätigt (blass, gestrichelt)</translation>
    </message>
    <message>
        <source>N events here: click to zoom</source>
        <translation>N Ereignisse hier: zum Zoomen klicken</translation>
    </message>
    <message>
        <source>corporate stage</source>
        <translation>Unternehmensphase</translation>
    </message>
    <message>
        <source>before the first recorded stage</source>
        <translation>vor der ersten erfassten Phase</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <source>license change</source>
        <translation>Lizenzänderung</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>click to zoom</source>
        <translation>zum Zoomen klicken</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>no stage yet</source>
        <translation>noch keine Phase</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Lanes in &amp;Dataset Order</source>
        <translation>Spuren in &amp;Reihenfolge des Datensatzes</translation>
    </message>
    <message>
        <source>Lanes by &amp;Name</source>
        <translation>Spuren nach &amp;Name</translation>
    </message>
    <message>
        <source>Lanes by Number of &amp;Events</source>
        <translation>Spuren nach Anzahl der &amp;Ereignisse</translation>
    </message>
    <message>
        <source>Lanes by &amp;First Release</source>
        <translation>Spuren nach erster &amp;Veröffentlichung</translation>
    </message>
    <message>
        <source>Order the timeline&apos;s lanes; pinned lanes stay at the top</source>
        <translation>Ordnet die Spuren der Zeitleiste; angeheftete Spuren bleiben oben</translation>
    </message>
    <message>
        <source>Click to group them again.</source>
        <translation>Klicken, um sie wieder zusammenzufassen.</translation>
    </message>
    <message>
        <source>Click to show their lanes.</source>
        <translation>Klicken, um ihre Spuren zu zeigen.</translation>
    </message>
    <message>
        <source>Click to expand.</source>
        <translation>Klicken zum Aufklappen.</translation>
    </message>
    <message>
        <source>Click to collapse.</source>
        <translation>Klicken zum Zuklappen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>&amp;Group Into Others</source>
        <translation>In „Andere“ &amp;zusammenfassen</translation>
    </message>
    <message>
        <source>&amp;Show Their Lanes</source>
        <translation>Ihre Spuren &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Expand Lane</source>
        <translation>Spur &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse Lane</source>
        <translation>Spur &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Unpin Lane</source>
        <translation>Spur &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Pin Lane to the Top</source>
        <translation>Spur oben &amp;anheften</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Release events by organization, one lane each. Left and Right go to the previous and next event in time, Up and Down to the nearest event in the neighbouring lane, Home and End to the first and last, Enter opens the details, Escape clears the selection. Ctrl+wheel zooms, the wheel pans, Shift+drag zooms to a range.</source>
        <translation>Ereignisse nach Organisation, eine Spur je Organisation. Links und Rechts gehen zum zeitlich vorigen und nächsten Ereignis, Hoch und Runter zum nächstgelegenen Ereignis der Nachbarspur, Pos1 und Ende zum ersten und letzten, Eingabe öffnet die Details, Esc hebt die Auswahl auf. Strg+Mausrad zoomt, das Mausrad verschiebt, Umschalt+Ziehen zoomt auf einen Zeitraum.</translation>
    </message>
    <message>
        <source>Zoom out to show every event that matches the filters</source>
        <translation>Herauszoomen, um alle Ereignisse zu zeigen, die zu den Filtern passen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Show less time in more detail</source>
        <translation>Weniger Zeit genauer zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show more time</source>
        <translation>Mehr Zeit zeigen</translation>
    </message>
    <message>
        <source>Fit &amp;All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Show the whole history of the dataset</source>
        <translation>Die ganze Geschichte des Datensatzes zeigen</translation>
    </message>
    <message>
        <source>Fit &amp;Matches</source>
        <translation>Treffer ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the time range of the events that match the filters</source>
        <translation>Den Zeitraum der Ereignisse zeigen, die zu den Filtern passen</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Vorige Ansicht</translation>
    </message>
    <message>
        <source>Go back to the view before the last zoom or fit</source>
        <translation>Zur Ansicht vor dem letzten Zoomen oder Einpassen zurückkehren</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>Stufe unbekannt</translation>
    </message>
    <message>
        <source>Click to zoom in on these events.</source>
        <translation>Klicken, um auf diese Ereignisse zu zoomen.</translation>
    </message>
    <message numerus="yes">
        <source>Matches outside the view: %Ln — Fit</source>
        <translation>
            <numerusform>Treffer außerhalb der Ansicht: %Ln — Einpassen</numerusform>
            <numerusform>Treffer außerhalb der Ansicht: %Ln — Einpassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events here: %Ln</source>
        <translation>
            <numerusform>Ereignisse hier: %Ln</numerusform>
            <numerusform>Ereignisse hier: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Legen&amp;d</source>
        <translation>Legende a&amp;nzeigen</translation>
    </message>
    <message>
        <source>Explain the markers, bands and lines below the timeline</source>
        <translation>Die Markierungen, Bänder und Linien unter der Zeitleiste erklären</translation>
    </message>
</context>
</TS>
