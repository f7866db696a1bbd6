<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryRow</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after ± and a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n entries are not understood yet, so no date or verdict is given:</source>
        <translation>
            <numerusform>⚠ %n entry is not understood yet, so no date or verdict is given:</numerusform>
            <numerusform>⚠ %n entries are not understood yet, so no date or verdict is given:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message numerus="yes">
        <source>⚠ Not saved: fix the %n problem(s) listed below the table, then press Save.</source>
        <translation>
            <numerusform>⚠ Not saved: fix the problem listed below the table, then press Save.</numerusform>
            <numerusform>⚠ Not saved: fix the %n problems listed below the table, then press Save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPrompts</name>
    <message numerus="yes">
        <source>⚠ Not imported: {file} has %n problem(s), listed below the table.</source>
        <translation>
            <numerusform>⚠ Not imported: {file} has %n problem, listed below the table.</numerusform>
            <numerusform>⚠ Not imported: {file} has %n problems, listed below the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductCombo</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>⚠ Not saved: %n field(s) need attention: {names}.</source>
        <translation>
            <numerusform>⚠ Not saved: %n field needs attention: {names}.</numerusform>
            <numerusform>⚠ Not saved: %n fields need attention: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedPolicyField</name>
    <message numerus="yes">
        <source> and %n more problem(s)</source>
        <translation>
            <numerusform> and %n more problem</numerusform>
            <numerusform> and %n more problems</numerusform>
        </translation>
    </message>
</context>
</TS>
