<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 has %n problem(s); kept the dataset that was open.</source>
        <translation>
            <numerusform>%1 has %n problem; kept the dataset that was open.</numerusform>
            <numerusform>%1 has %n problems; kept the dataset that was open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s). The dataset that was open is still shown.</source>
        <translation>
            <numerusform>%1 could not be opened: %n problem. The dataset that was open is still shown.</numerusform>
            <numerusform>%1 could not be opened: %n problems. The dataset that was open is still shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>Cluster of %n events of %1 from %2 to %3: %4</source>
        <translation>
            <numerusform>Cluster of %n event of %1 from %2 to %3: %4</numerusform>
            <numerusform>Cluster of %n events of %1 from %2 to %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
        </message>
    <message numerus="yes">
        <source>Matches outside the view: %n — Fit</source>
        <translation>
            <numerusform>Matches outside the view: %n — Fit</numerusform>
            <numerusform>Matches outside the view: %n — Fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events here: %n</source>
        <translation>
            <numerusform>Events here: %n</numerusform>
            <numerusform>Events here: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanePanel</name>
        <message numerus="yes">
            <source>%n event(s) shown</source>
            <translation><numerusform>%n event shown</numerusform><numerusform>%n events shown</numerusform></translation>
        </message>
</context>
</TS>
