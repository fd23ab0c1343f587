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
    <name>EpochImport</name>
    <message numerus="yes">
        <source>Imported from %1: %n model(s), each at the level its Epoch AI model accessibility maps to; rows without one are at level “unknown”.</source>
        <translation>
            <numerusform>Imported from %1: %n model, at the level its Epoch AI model accessibility maps to; rows without one are at level “unknown”.</numerusform>
            <numerusform>Imported from %1: %n models, each at the level its Epoch AI model accessibility maps to; rows without one are at level “unknown”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n ▾</source>
        <translation>
            <numerusform>All %n ▾</numerusform>
            <numerusform>All %n ▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ▾</source>
        <translation>
            <numerusform>%1 of %n ▾</numerusform>
            <numerusform>%1 of %n ▾</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanePanel</name>
    <message numerus="yes">
        <source>%Ln event(s) shown</source>
        <translation>
            <numerusform>%Ln event shown</numerusform>
            <numerusform>%Ln events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many organizations, those with the most events, keep a lane of their own when more than %n have events shown; the rest share one Others lane. 0: every one has a lane.</source>
        <translation>
            <numerusform>How many organizations, those with the most events, keep a lane of their own when more than %n have events shown; the rest share one Others lane. 0: every one has a lane.</numerusform>
            <numerusform>How many organizations, those with the most events, keep a lane of their own when more than %n have events shown; the rest share one Others lane. 0: every one has a lane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensePanel</name>
    <message numerus="yes">
        <source>%n license(s) picked.</source>
        <translation>
            <numerusform>%n license picked.</numerusform>
            <numerusform>%n licenses picked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) of the filtered release events.</source>
        <translation>
            <numerusform>%n license of the filtered release events.</numerusform>
            <numerusform>%n licenses of the filtered release events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseTableModel</name>
    <message numerus="yes">
        <source>%n term(s) changed from %1.</source>
        <translation>
            <numerusform>%n term changed from %1.</numerusform>
            <numerusform>%n terms changed from %1.</numerusform>
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
    <message numerus="yes">
        <source>Imported %n model(s) from %1</source>
        <translation>
            <numerusform>Imported %n model from %1</numerusform>
            <numerusform>Imported %n models from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at level unknown</source>
        <translation>
            <numerusform>%n at level unknown</numerusform>
            <numerusform>%n at level unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported and were skipped.</source>
        <translation>
            <numerusform>%n row could not be imported and was skipped.</numerusform>
            <numerusform>%n rows could not be imported and were skipped.</numerusform>
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
        <source>Cluster of %Ln events of %1 from %2 to %3: %4</source>
        <translation>
            <numerusform>Cluster of %Ln event of %1 from %2 to %3: %4</numerusform>
            <numerusform>Cluster of %Ln events of %1 from %2 to %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineContent</name>
    <message numerus="yes">
        <source>Others (%n organizations)</source>
        <translation>
            <numerusform>Others (%n organization)</numerusform>
            <numerusform>Others (%n organizations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches outside the view: %Ln — Fit</source>
        <translation>
            <numerusform>Matches outside the view: %Ln — Fit</numerusform>
            <numerusform>Matches outside the view: %Ln — Fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events here: %Ln</source>
        <translation>
            <numerusform>Events here: %Ln</numerusform>
            <numerusform>Events here: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
</TS>
