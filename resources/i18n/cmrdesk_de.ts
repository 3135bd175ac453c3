<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>cmrdesk</name>
    <message>
      <source>Bank statements (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)</source>
      <translation>Kontoauszüge (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)</translation>
    </message>
    <message>
      <source>Import statements</source>
      <translation>Kontoauszüge importieren</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Delete '{name}' and {what} with it? Policies, income and goals that name it are kept. Edit &gt; Undo brings it all back.</source>
      <translation>'{name}' löschen und {what} damit? Policen, Einkommen und Ziele, die es nennen, bleiben erhalten. Bearbeiten &gt; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
      <source>Delete account</source>
      <translation>Konto löschen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Girokonto</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Sparen</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>Kreditkarte</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Kredit</translation>
    </message>
    <message>
      <source>Mortgage</source>
      <translation>Hypothek</translation>
    </message>
    <message>
      <source>Brokerage</source>
      <translation>Depot</translation>
    </message>
    <message>
      <source>Pension</source>
      <translation>Vorsorge</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Bargeld</translation>
    </message>
    <message>
      <source>Property</source>
      <translation>Immobilien</translation>
    </message>
    <message>
      <source>Other asset</source>
      <translation>Sonstiger Vermögenswert</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>{name} bearbeiten</translation>
    </message>
    <message>
      <source>Add an account</source>
      <translation>Konto hinzufügen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Add account</source>
      <translation>Konto hinzufügen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>e.g. ING Checking</source>
      <translation>z. B. ING Girokonto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Währung</translation>
    </message>
    <message>
      <source>Three letters, ISO 4217 (EUR, USD, GBP…)</source>
      <translation>Drei Buchstaben, ISO 4217 (EUR, USD, GBP…)</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institut</translation>
    </message>
    <message>
      <source>Bank or provider</source>
      <translation>Bank oder Anbieter</translation>
    </message>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Kontonummer</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>Anfangssaldo</translation>
    </message>
    <message>
      <source>The balance before the first transaction; what you owe is negative.</source>
      <translation>Der Saldo vor dem ersten Umsatz; was Sie schulden, ist negativ.</translation>
    </message>
    <message>
      <source>Opening date</source>
      <translation>Anfangsdatum</translation>
    </message>
    <message>
      <source>The day of the opening balance</source>
      <translation>Der Tag des Anfangssaldos</translation>
    </message>
    <message>
      <source>Interest rate, % a year</source>
      <translation>Zinssatz, % pro Jahr</translation>
    </message>
    <message>
      <source>Credit limit</source>
      <translation>Kreditrahmen</translation>
    </message>
    <message>
      <source>APR, % a year</source>
      <translation>Effektiver Jahreszins, %</translation>
    </message>
    <message>
      <source>Charged on what is carried over</source>
      <translation>Fällig auf den übertragenen Betrag</translation>
    </message>
    <message>
      <source>Amount borrowed</source>
      <translation>Kreditbetrag</translation>
    </message>
    <message>
      <source>Rate fixed until</source>
      <translation>Zinsbindung bis</translation>
    </message>
    <message>
      <source>Term ends</source>
      <translation>Laufzeitende</translation>
    </message>
    <message>
      <source>Monthly payment</source>
      <translation>Monatliche Rate</translation>
    </message>
    <message>
      <source>Own contributions</source>
      <translation>Eigenbeiträge</translation>
    </message>
    <message>
      <source>Paid in by you, a year</source>
      <translation>Von Ihnen eingezahlt, pro Jahr</translation>
    </message>
    <message>
      <source>Employer contributions</source>
      <translation>Arbeitgeberbeiträge</translation>
    </message>
    <message>
      <source>Paid in by your employer, a year</source>
      <translation>Von Ihrem Arbeitgeber eingezahlt, pro Jahr</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Securities held in this account are keyed in on the Holdings page.</source>
      <translation>Wertpapiere in diesem Konto erfassen Sie auf der Seite Bestände.</translation>
    </message>
    <message>
      <source>Open its holdings</source>
      <translation>Bestände öffnen</translation>
    </message>
    <message>
      <source>Save the account first</source>
      <translation>Speichern Sie zuerst das Konto</translation>
    </message>
    <message>
      <source>There is no Holdings page yet</source>
      <translation>Es gibt noch keine Seite Bestände</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>Lender</source>
      <translation>Kreditgeber</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Startdatum</translation>
    </message>
    <message>
      <source>Liquid money</source>
      <translation>Verfügbares Geld</translation>
    </message>
    <message>
      <source>Essential spending a month</source>
      <translation>Notwendige Ausgaben pro Monat</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Gedeckt</translation>
    </message>
    <message>
      <source>Target (low)</source>
      <translation>Ziel (niedrig)</translation>
    </message>
    <message>
      <source>Target (high)</source>
      <translation>Ziel (hoch)</translation>
    </message>
    <message>
      <source>Still to save</source>
      <translation>Noch zu sparen</translation>
    </message>
    <message>
      <source>Expensive debt</source>
      <translation>Teure Schulden</translation>
    </message>
    <message>
      <source>Interest a year</source>
      <translation>Zinsen pro Jahr</translation>
    </message>
    <message>
      <source>Counts as expensive from</source>
      <translation>Gilt als teuer ab</translation>
    </message>
    <message>
      <source>Idle money</source>
      <translation>Ungenutztes Geld</translation>
    </message>
    <message>
      <source>Your rate</source>
      <translation>Ihr Zinssatz</translation>
    </message>
    <message>
      <source>Market rate</source>
      <translation>Marktzins</translation>
    </message>
    <message>
      <source>Kept for spending</source>
      <translation>Für Ausgaben vorgehalten</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <source>Rise</source>
      <translation>Anstieg</translation>
    </message>
    <message>
      <source>Renews on</source>
      <translation>Verlängert sich am</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Verbleibende Tage</translation>
    </message>
    <message>
      <source>Premium a year</source>
      <translation>Beitrag pro Jahr</translation>
    </message>
    <message>
      <source>Savings rate, recent</source>
      <translation>Sparquote, zuletzt</translation>
    </message>
    <message>
      <source>Savings rate, before</source>
      <translation>Sparquote, davor</translation>
    </message>
    <message>
      <source>Saved, recent months</source>
      <translation>Gespart, letzte Monate</translation>
    </message>
    <message>
      <source>Income, recent months</source>
      <translation>Einnahmen, letzte Monate</translation>
    </message>
    <message>
      <source>Income a year</source>
      <translation>Einkommen pro Jahr</translation>
    </message>
    <message>
      <source>Paid in, last 12 complete months</source>
      <translation>Eingezahlt, letzte 12 volle Monate</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <source>Paid in, share of income</source>
      <translation>Eingezahlt, Anteil am Einkommen</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Teilen</translation>
    </message>
    <message>
      <source>Invested in total</source>
      <translation>Insgesamt investiert</translation>
    </message>
    <message>
      <source>Limit</source>
      <translation>Grenze</translation>
    </message>
    <message>
      <source>Together a year</source>
      <translation>Zusammen pro Jahr</translation>
    </message>
    <message>
      <source>Saved so far</source>
      <translation>Bisher gespart</translation>
    </message>
    <message>
      <source>Needed a month</source>
      <translation>Nötig pro Monat</translation>
    </message>
    <message>
      <source>Saving a month, recently</source>
      <translation>Sparen pro Monat, zuletzt</translation>
    </message>
    <message>
      <source>Projected balance</source>
      <translation>Erwarteter Saldo</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} Monate</translation>
    </message>
    <message>
      <source>Market figure from {date}, {age}: it may have changed since.</source>
      <translation>Marktwert vom {date}, {age}: er kann sich seitdem geändert haben.</translation>
    </message>
    <message>
      <source>Market figure from {date}.</source>
      <translation>Marktwert vom {date}.</translation>
    </message>
    <message>
      <source>{amount} a year</source>
      <translation>{amount} pro Jahr</translation>
    </message>
    <message>
      <source>Show the numbers</source>
      <translation>Zahlen anzeigen</translation>
    </message>
    <message>
      <source>Show the numbers for: {title}</source>
      <translation>Zahlen anzeigen für: {title}</translation>
    </message>
    <message>
      <source>Compared with</source>
      <translation>Verglichen mit</translation>
    </message>
    <message>
      <source>Ask for offers…</source>
      <translation>Angebote anfragen…</translation>
    </message>
    <message>
      <source>Hide the numbers</source>
      <translation>Zahlen ausblenden</translation>
    </message>
    <message>
      <source>What should I do</source>
      <translation>Was sollte ich tun</translation>
    </message>
    <message>
      <source>Most important first; each item shows what it is worth.</source>
      <translation>Das Wichtigste zuerst; jeder Punkt zeigt, was er wert ist.</translation>
    </message>
    <message>
      <source>Nothing to act on right now. Well done.</source>
      <translation>Im Moment gibt es nichts zu tun. Gut gemacht.</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>Weniger anzeigen</translation>
    </message>
    <message>
      <source>Investments</source>
      <translation>Anlagen</translation>
    </message>
    <message>
      <source>Debts</source>
      <translation>Schulden</translation>
    </message>
    <message>
      <source>Deriving the key</source>
      <translation>Schlüssel wird abgeleitet</translation>
    </message>
    <message>
      <source>Creating the encrypted file</source>
      <translation>Verschlüsselte Datei wird erstellt</translation>
    </message>
    <message>
      <source>Opening the demo household</source>
      <translation>Demo-Haushalt wird geöffnet</translation>
    </message>
    <message>
      <source>Checking the vault</source>
      <translation>Tresor wird geprüft</translation>
    </message>
    <message>
      <source>Balances and recurring payments</source>
      <translation>Salden und wiederkehrende Zahlungen</translation>
    </message>
    <message>
      <source>Net worth</source>
      <translation>Nettovermögen</translation>
    </message>
    <message>
      <source>Point at the chart for the figures of a day</source>
      <translation>Auf einen Tag zeigen für seine Werte</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Einnahmen</translation>
    </message>
    <message>
      <source>Spending</source>
      <translation>Ausgaben</translation>
    </message>
    <message>
      <source>Click a bar to see its transactions</source>
      <translation>Balken anklicken für die Umsätze</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>Uncategorised</source>
      <translation>Ohne Kategorie</translation>
    </message>
    <message>
      <source>Total {total}</source>
      <translation>Gesamt {total}</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Prognose</translation>
    </message>
    <message>
      <source>Likely range (80 %)</source>
      <translation>Wahrscheinlicher Bereich (80 %)</translation>
    </message>
    <message>
      <source>likely {low} to {high}</source>
      <translation>wahrscheinlich {low} bis {high}</translation>
    </message>
    <message>
      <source>In 12 months: {value}</source>
      <translation>In 12 Monaten: {value}</translation>
    </message>
    <message>
      <source>The bank shows {amount} {per} (last paid on {day}), not {keyed}</source>
      <translation>Die Bank zeigt {amount} {per} (zuletzt gezahlt am {day}), nicht {keyed}</translation>
    </message>
    <message>
      <source>The bank shows {amount} {per} since {month}, not {keyed}</source>
      <translation>Die Bank zeigt {amount} {per} seit {month}, nicht {keyed}</translation>
    </message>
    <message>
      <source>Update to {amount}</source>
      <translation>Auf {amount} ändern</translation>
    </message>
    <message>
      <source>gross {amount}</source>
      <translation>brutto {amount}</translation>
    </message>
    <message>
      <source>{amount} net a year</source>
      <translation>{amount} netto pro Jahr</translation>
    </message>
    <message>
      <source>paid into {account}</source>
      <translation>eingezahlt auf {account}</translation>
    </message>
    <message>
      <source>no account chosen</source>
      <translation>kein Konto gewählt</translation>
    </message>
    <message>
      <source>usually on day {day}</source>
      <translation>meist am Tag {day}</translation>
    </message>
    <message>
      <source>cover {amount}</source>
      <translation>Deckung {amount}</translation>
    </message>
    <message>
      <source>deductible {amount}</source>
      <translation>Selbstbeteiligung {amount}</translation>
    </message>
    <message>
      <source>paid from {account}</source>
      <translation>bezahlt von {account}</translation>
    </message>
    <message>
      <source>since {day}</source>
      <translation>seit {day}</translation>
    </message>
    <message>
      <source>renews on {day}</source>
      <translation>verlängert sich am {day}</translation>
    </message>
    <message>
      <source>Renews today</source>
      <translation>Verlängert sich heute</translation>
    </message>
    <message>
      <source>by {day}</source>
      <translation>bis {day}</translation>
    </message>
    <message>
      <source>no target date</source>
      <translation>kein Zieldatum</translation>
    </message>
    <message>
      <source>saved in {accounts}</source>
      <translation>gespart auf {accounts}</translation>
    </message>
    <message>
      <source>{saved} of {target} ({share})</source>
      <translation>{saved} von {target} ({share})</translation>
    </message>
    <message>
      <source>No linked account, so progress is unknown: edit the goal to choose the accounts that hold the savings.</source>
      <translation>Kein verknüpftes Konto, daher ist der Fortschritt unbekannt: Bearbeiten Sie das Ziel und wählen Sie die Konten, auf denen Sie dafür sparen.</translation>
    </message>
    <message>
      <source>Progress unknown: {reason}</source>
      <translation>Fortschritt unbekannt: {reason}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten…</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>{name} löschen</translation>
    </message>
    <message>
      <source>What you fill in here is what the Share page can offer to a vendor, field by field.</source>
      <translation>Was Sie hier eintragen, kann die Seite Teilen einem Anbieter Feld für Feld anbieten.</translation>
    </message>
    <message>
      <source>Edit profile…</source>
      <translation>Profil bearbeiten…</translation>
    </message>
    <message>
      <source>{filled} of {total} filled</source>
      <translation>{filled} von {total} ausgefüllt</translation>
    </message>
    <message>
      <source>filled</source>
      <translation>ausgefüllt</translation>
    </message>
    <message>
      <source>not filled</source>
      <translation>nicht ausgefüllt</translation>
    </message>
    <message>
      <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation>Diese Passphrase öffnet den Tresor nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>There is no vault at this place any more. Was the file moved or renamed?</source>
      <translation>An dieser Stelle gibt es keinen Tresor mehr. Wurde die Datei verschoben oder umbenannt?</translation>
    </message>
    <message>
      <source>This file is not a cmrdesk vault.</source>
      <translation>Diese Datei ist kein cmrdesk-Tresor.</translation>
    </message>
    <message>
      <source>This vault is damaged or has been tampered with. Restore it from a backup; cmrdesk will not show data it cannot authenticate.</source>
      <translation>Dieser Tresor ist beschädigt oder wurde manipuliert. Stellen Sie ihn aus einer Sicherung wieder her; cmrdesk zeigt keine Daten, die es nicht authentifizieren kann.</translation>
    </message>
    <message>
      <source>This vault is open in another cmrdesk window. Close that one first.</source>
      <translation>Dieser Tresor ist in einem anderen cmrdesk-Fenster geöffnet. Schließen Sie dieses zuerst.</translation>
    </message>
    <message>
      <source>This vault was written by a newer cmrdesk. Update cmrdesk to open it.</source>
      <translation>Dieser Tresor wurde von einem neueren cmrdesk geschrieben. Aktualisieren Sie cmrdesk, um ihn zu öffnen.</translation>
    </message>
    <message>
      <source>A file already exists there. Choose another name; cmrdesk never overwrites a file.</source>
      <translation>Dort gibt es bereits eine Datei. Wählen Sie einen anderen Namen; cmrdesk überschreibt nie eine Datei.</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>The file could not be used: {reason}.</source>
      <translation>Die Datei konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
      <source>Something went wrong ({kind}). Your vault was not changed.</source>
      <translation>Etwas ist schiefgegangen ({kind}). Ihr Tresor wurde nicht geändert.</translation>
    </message>
    <message>
      <source>unknown — {why}</source>
      <translation>unbekannt — {why}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>Find a field</source>
      <translation>Feld suchen</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>Alle abwählen</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>The vendor sees</source>
      <translation>Der Anbieter sieht</translation>
    </message>
    <message>
      <source>Fields to share</source>
      <translation>Zu teilende Felder</translation>
    </message>
    <message>
      <source>Its value in your vault today; it leaves only as you choose on the right.</source>
      <translation>Der heutige Wert in Ihrem Tresor; er wird nur so weitergegeben, wie Sie rechts wählen.</translation>
    </message>
    <message>
      <source>{label}: your vault cannot tell this yet ({why}), so it cannot be shared.</source>
      <translation>{label}: Ihr Tresor kennt das noch nicht ({why}), daher kann es nicht geteilt werden.</translation>
    </message>
    <message>
      <source>Key it in…</source>
      <translation>Eintragen…</translation>
    </message>
    <message>
      <source>Key in {label}</source>
      <translation>{label} eintragen</translation>
    </message>
    <message>
      <source>Go to where this is entered.</source>
      <translation>Dorthin gehen, wo dies eingetragen wird.</translation>
    </message>
    <message>
      <source>not shared</source>
      <translation>nicht geteilt</translation>
    </message>
    <message>
      <source>What the vendor sees of {label}</source>
      <translation>Was der Anbieter von {label} sieht</translation>
    </message>
    <message>
      <source>Other precision…</source>
      <translation>Andere Genauigkeit…</translation>
    </message>
    <message>
      <source>{n} of {total} ticked</source>
      <translation>{n} von {total} ausgewählt</translation>
    </message>
    <message>
      <source>{n} unknown</source>
      <translation>{n} unbekannt</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>darf nicht negativ sein</translation>
    </message>
    <message>
      <source>e.g. {amount}</source>
      <translation>z. B. {amount}</translation>
    </message>
    <message>
      <source>{text!r} is not a whole number</source>
      <translation>{text!r} ist keine ganze Zahl</translation>
    </message>
    <message>
      <source>must be at least {n}</source>
      <translation>muss mindestens {n} sein</translation>
    </message>
    <message>
      <source>must be at most {n}</source>
      <translation>darf höchstens {n} sein</translation>
    </message>
    <message>
      <source>required</source>
      <translation>erforderlich</translation>
    </message>
    <message>
      <source>Income: salary and other pay</source>
      <translation>Einkommen: Gehalt und andere Bezüge</translation>
    </message>
    <message>
      <source>Add income</source>
      <translation>Einkommen hinzufügen</translation>
    </message>
    <message>
      <source>Insurance policies</source>
      <translation>Versicherungen</translation>
    </message>
    <message>
      <source>Add a policy</source>
      <translation>Police hinzufügen</translation>
    </message>
    <message>
      <source>Pension: pot statements and contributions</source>
      <translation>Altersvorsorge: Standmitteilungen und Beiträge</translation>
    </message>
    <message>
      <source>Add a pension</source>
      <translation>Altersvorsorge hinzufügen</translation>
    </message>
    <message>
      <source>Property: a home and what it is worth</source>
      <translation>Immobilien: ein Zuhause und was es wert ist</translation>
    </message>
    <message>
      <source>Add a property</source>
      <translation>Immobilie hinzufügen</translation>
    </message>
    <message>
      <source>Investments: holdings and prices</source>
      <translation>Anlagen: Bestände und Kurse</translation>
    </message>
    <message>
      <source>Open Holdings</source>
      <translation>Bestände öffnen</translation>
    </message>
    <message>
      <source>Goals: what you are saving for</source>
      <translation>Ziele: wofür Sie sparen</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <source>Profile: the facts you may choose to share</source>
      <translation>Profil: die Angaben, die Sie teilen können</translation>
    </message>
    <message>
      <source>Fill in your profile</source>
      <translation>Profil ausfüllen</translation>
    </message>
    <message>
      <source>Start with your accounts</source>
      <translation>Beginnen Sie mit Ihren Konten</translation>
    </message>
    <message>
      <source>Add the accounts you have by hand, or import the statements your bank lets you download (OFX, QFX, QIF, CSV, CAMT.053, MT940). Everything stays in this encrypted vault.</source>
      <translation>Fügen Sie Ihre Konten von Hand hinzu oder importieren Sie die Kontoauszüge, die Ihre Bank zum Herunterladen anbietet (OFX, QFX, QIF, CSV, CAMT.053, MT940). Alles bleibt in diesem verschlüsselten Tresor.</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <source>Then key in what no bank exports</source>
      <translation>Dann tragen Sie ein, was keine Bank exportiert</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>noch nicht</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Was sich geändert hat</translation>
    </message>
    <message>
      <source>Compare from</source>
      <translation>Vergleichen von</translation>
    </message>
    <message>
      <source>Compare to</source>
      <translation>Vergleichen mit</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <source>Show fields that stayed the same</source>
      <translation>Unveränderte Felder anzeigen</translation>
    </message>
    <message>
      <source>{when} · {purpose}</source>
      <translation>{when} · {purpose}</translation>
    </message>
    <message>
      <source>This is the only disclosure to them so far: there is nothing to compare it with.</source>
      <translation>Dies ist bisher die einzige Offenlegung an sie: Es gibt nichts zum Vergleichen.</translation>
    </message>
    <message>
      <source>This is the first disclosure to them. Choose another one above to see what changed between the two.</source>
      <translation>Dies ist die erste Offenlegung an sie. Wählen Sie oben eine andere, um zu sehen, was sich zwischen beiden geändert hat.</translation>
    </message>
    <message>
      <source>{n} field added</source>
      <translation>{n} Feld hinzugefügt</translation>
    </message>
    <message>
      <source>{n} fields added</source>
      <translation>{n} Felder hinzugefügt</translation>
    </message>
    <message>
      <source>{n} field changed</source>
      <translation>{n} Feld geändert</translation>
    </message>
    <message>
      <source>{n} fields changed</source>
      <translation>{n} Felder geändert</translation>
    </message>
    <message>
      <source>{n} field left out</source>
      <translation>{n} Feld weggelassen</translation>
    </message>
    <message>
      <source>{n} fields left out</source>
      <translation>{n} Felder weggelassen</translation>
    </message>
    <message>
      <source>From {older} to {newer}: {changes}.</source>
      <translation>Von {older} zu {newer}: {changes}.</translation>
    </message>
    <message>
      <source>From {older} to {newer}: every field was told the same way.</source>
      <translation>Von {older} zu {newer}: Jedes Feld wurde gleich mitgeteilt.</translation>
    </message>
    <message>
      <source>Also changed: {sections}.</source>
      <translation>Ebenfalls geändert: {sections}.</translation>
    </message>
    <message>
      <source>Fields as sent</source>
      <translation>Felder wie gesendet</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <source>What you asked for</source>
      <translation>Was Sie angefragt haben</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Paket</translation>
    </message>
    <message>
      <source>Disclosure {number} to {vendor}, sent {when}</source>
      <translation>Offenlegung {number} an {vendor}, gesendet {when}</translation>
    </message>
    <message>
      <source>Encrypted to {vendor}'s key and signed by you.</source>
      <translation>Mit dem Schlüssel von {vendor} verschlüsselt und von Ihnen signiert.</translation>
    </message>
    <message>
      <source>Signed by you, not encrypted: {vendor} gave no encryption key.</source>
      <translation>Von Ihnen signiert, nicht verschlüsselt: {vendor} hat keinen Verschlüsselungsschlüssel angegeben.</translation>
    </message>
    <message>
      <source>Wants to hear about: {items}.</source>
      <translation>Möchte hören über: {items}.</translation>
    </message>
    <message>
      <source>Does not want: {items}.</source>
      <translation>Möchte nicht: {items}.</translation>
    </message>
    <message>
      <source>Contact by: {ways}.</source>
      <translation>Kontakt per: {ways}.</translation>
    </message>
    <message>
      <source>Nothing beyond the purpose.</source>
      <translation>Nichts über den Zweck hinaus.</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Unverändert</translation>
    </message>
    <message>
      <source>The package folder still holds exactly what was sent.</source>
      <translation>Der Paketordner enthält noch genau das, was gesendet wurde.</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <source>The files in the package folder no longer match the receipt: something changed them after the export.</source>
      <translation>Die Dateien im Paketordner stimmen nicht mehr mit der Quittung überein: Etwas hat sie nach dem Export verändert.</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Fehlt</translation>
    </message>
    <message>
      <source>The package folder is gone (moved or deleted). The receipt below still says what was sent.</source>
      <translation>Der Paketordner ist weg (verschoben oder gelöscht). Die Quittung unten sagt weiterhin, was gesendet wurde.</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Entfernt</translation>
    </message>
    <message>
      <source>Same</source>
      <translation>Gleich</translation>
    </message>
    <message>
      <source>the purpose</source>
      <translation>der Zweck</translation>
    </message>
    <message>
      <source>the terms</source>
      <translation>die Bedingungen</translation>
    </message>
    <message>
      <source>what you asked for</source>
      <translation>was Sie angefragt haben</translation>
    </message>
    <message>
      <source>the expiry date</source>
      <translation>das Ablaufdatum</translation>
    </message>
    <message>
      <source>the vendor's details</source>
      <translation>die Angaben des Anbieters</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>{count} · latest {day}</source>
      <translation>{count} · zuletzt {day}</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Felder</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Läuft ab</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Abgelaufen</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Value sent</source>
      <translation>Gesendeter Wert</translation>
    </message>
    <message>
      <source>Precision</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <source>Vendors</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>Everyone you have shared with, told most recently first.</source>
      <translation>Alle, mit denen Sie geteilt haben, zuletzt informierte zuerst.</translation>
    </message>
    <message>
      <source>Vendor</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>Vendors told something</source>
      <translation>Informierte Anbieter</translation>
    </message>
    <message>
      <source>Told earlier, not in the latest disclosure</source>
      <translation>Früher mitgeteilt, nicht in der letzten Offenlegung</translation>
    </message>
    <message>
      <source>What {vendor} knows</source>
      <translation>Was {vendor} weiß</translation>
    </message>
    <message>
      <source>Told {n} times since {day}.</source>
      <translation>{n}-mal mitgeteilt seit {day}.</translation>
    </message>
    <message>
      <source>Told once, on {day}.</source>
      <translation>Einmal mitgeteilt, am {day}.</translation>
    </message>
    <message>
      <source>This vendor is no longer in your list of vendors.</source>
      <translation>Dieser Anbieter steht nicht mehr in Ihrer Anbieterliste.</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation>Offenlegungen</translation>
    </message>
    <message>
      <source>Choose one to see exactly what it told them.</source>
      <translation>Wählen Sie eine, um genau zu sehen, was sie ihnen mitgeteilt hat.</translation>
    </message>
    <message>
      <source>Draft deletion request</source>
      <translation>Löschanfrage entwerfen</translation>
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking them to delete what this disclosure told them. Nothing is sent until you send it.</source>
      <translation>Öffnet in Ihrem E-Mail-Programm eine E-Mail an den Anbieter mit der Bitte, zu löschen, was diese Offenlegung ihm mitgeteilt hat. Nichts wird gesendet, bis Sie es senden.</translation>
    </message>
    <message>
      <source>Draft follow-up</source>
      <translation>Nachfrage entwerfen</translation>
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking where things stand.</source>
      <translation>Öffnet in Ihrem E-Mail-Programm eine E-Mail an den Anbieter mit der Frage nach dem Stand.</translation>
    </message>
    <message>
      <source>Open package folder</source>
      <translation>Paketordner öffnen</translation>
    </message>
    <message>
      <source>The disclosure of {sent} expired on {day}: {vendor} may no longer use it. If they have not deleted it yet, ask them to.</source>
      <translation>Die Offenlegung vom {sent} ist am {day} abgelaufen: {vendor} darf sie nicht mehr verwenden. Falls sie noch nicht gelöscht wurde, bitten Sie darum.</translation>
    </message>
    <message>
      <source>{vendor} may use the disclosure of {sent} until {day} ({left}).</source>
      <translation>{vendor} darf die Offenlegung vom {sent} bis {day} verwenden ({left}).</translation>
    </message>
    <message>
      <source>The package folder is gone.</source>
      <translation>Der Paketordner ist weg.</translation>
    </message>
    <message>
      <source>no price yet</source>
      <translation>noch kein Kurs</translation>
    </message>
    <message>
      <source>ISIN {isin}</source>
      <translation>ISIN {isin}</translation>
    </message>
    <message>
      <source>no cost</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbol</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Konto</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Stückzahl</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Kurs</translation>
    </message>
    <message>
      <source>{price} on {day}</source>
      <translation>{price} am {day}</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Einstandswert</translation>
    </message>
    <message>
      <source>Gain</source>
      <translation>Gewinn</translation>
    </message>
    <message>
      <source>Share</source>
      <comment>portion</comment>
      <translation>Anteil</translation>
    </message>
    <message>
      <source>Prices of {symbol}</source>
      <translation>Kurse von {symbol}</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Prices</source>
      <translation>Kurse</translation>
    </message>
    <message>
      <source>Add price…</source>
      <translation>Kurs hinzufügen…</translation>
    </message>
    <message>
      <source>Delete price</source>
      <translation>Kurs löschen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>{name}: {n} prices. The latest on or before a day values the holding that day.</source>
      <translation>{name}: {n} Kurse. Der letzte an oder vor einem Tag bewertet den Bestand an diesem Tag.</translation>
    </message>
    <message>
      <source>{name} has no price yet: its holdings have no value until you add one.</source>
      <translation>{name} hat noch keinen Kurs: Die Bestände haben keinen Wert, bis Sie einen hinzufügen.</translation>
    </message>
    <message>
      <source>Reads as: date</source>
      <translation>Gelesen als: Datum</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <source>Payee</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>CSV columns</source>
      <translation>CSV-Spalten</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>CSV-Datei</translation>
    </message>
    <message>
      <source>Date format</source>
      <translation>Datumsformat</translation>
    </message>
    <message>
      <source>Decimal mark</source>
      <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
      <source>Thousands</source>
      <translation>Tausender</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Kodierung</translation>
    </message>
    <message>
      <source>Signs</source>
      <translation>Vorzeichen</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
      <source>Remember for this bank as</source>
      <translation>Für diese Bank merken als</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>Profilname</translation>
    </message>
    <message>
      <source>Remember for this bank</source>
      <translation>Für diese Bank merken</translation>
    </message>
    <message>
      <source>Read with your saved profile '{name}'.</source>
      <translation>Mit Ihrem gespeicherten Profil '{name}' gelesen.</translation>
    </message>
    <message>
      <source>Columns detected from the file; change any that is wrong.</source>
      <translation>Spalten aus der Datei erkannt; ändern Sie, was falsch ist.</translation>
    </message>
    <message>
      <source>Every date in the file could be day-first or month-first: choose the date format.</source>
      <translation>Jedes Datum in der Datei kann Tag-zuerst oder Monat-zuerst sein: Wählen Sie das Datumsformat.</translation>
    </message>
    <message>
      <source>Line {line}: {why}</source>
      <translation>Zeile {line}: {why}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Role of {column}</source>
      <translation>Rolle von {column}</translation>
    </message>
    <message>
      <source>type a name first</source>
      <translation>geben Sie zuerst einen Namen ein</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>übersprungen</translation>
    </message>
    <message>
      <source>(pending)</source>
      <translation>(ausstehend)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Market data</source>
      <translation>Marktdaten</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>Zu importierende Dateien</translation>
    </message>
    <message>
      <source>Each file is read completely before anything is written. Choose the account a statement goes into; a file that cannot be read is left out.</source>
      <translation>Jede Datei wird vollständig gelesen, bevor etwas geschrieben wird. Wählen Sie das Konto, zu dem ein Auszug gehört; eine Datei, die nicht gelesen werden kann, wird ausgelassen.</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>reading…</source>
      <translation>wird gelesen…</translation>
    </message>
    <message>
      <source>Set its columns in the next step: {why}</source>
      <translation>Spalten im nächsten Schritt festlegen: {why}</translation>
    </message>
    <message>
      <source>Not imported: {why}</source>
      <translation>Nicht importiert: {why}</translation>
    </message>
    <message>
      <source>market data: {n} rates/prices</source>
      <translation>Marktdaten: {n} Kurse/Preise</translation>
    </message>
    <message>
      <source>No files yet: add some, or drop them on the window.</source>
      <translation>Noch keine Dateien: Fügen Sie welche hinzu oder ziehen Sie sie auf das Fenster.</translation>
    </message>
    <message>
      <source>Account for {file}</source>
      <translation>Konto für {file}</translation>
    </message>
    <message>
      <source>{name} (matched by {how})</source>
      <translation>{name} (zugeordnet über {how})</translation>
    </message>
    <message>
      <source>new: {name}</source>
      <translation>neu: {name}</translation>
    </message>
    <message>
      <source>unknown, no dates</source>
      <translation>unbekannt, keine Daten</translation>
    </message>
    <message>
      <source>new: {name} ({kind}, {currency})</source>
      <translation>neu: {name} ({kind}, {currency})</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Importiert</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>Duplicates</source>
      <translation>Duplikate</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <source>remove import '{name}'</source>
      <translation>Import '{name}' entfernen</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Importverlauf</translation>
    </message>
    <message>
      <source>Every file imported into this vault. Removing an import takes out exactly the transactions it added; Edit &gt; Undo brings them back.</source>
      <translation>Jede in diesen Tresor importierte Datei. Das Entfernen eines Imports nimmt genau die Umsätze heraus, die er hinzugefügt hat; Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
      <source>Imports</source>
      <translation>Importe</translation>
    </message>
    <message>
      <source>Nothing has been imported into this vault yet.</source>
      <translation>In diesen Tresor wurde noch nichts importiert.</translation>
    </message>
    <message>
      <source>Remove this import…</source>
      <translation>Diesen Import entfernen…</translation>
    </message>
    <message>
      <source>Remove this import?</source>
      <translation>Diesen Import entfernen?</translation>
    </message>
    <message>
      <source>Remove every transaction that importing '{name}' added? Edit &gt; Undo brings them back.</source>
      <translation>Alle Umsätze entfernen, die der Import von '{name}' hinzugefügt hat? Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
      <source>Remove import</source>
      <translation>Import entfernen</translation>
    </message>
    <message>
      <source>import '{name}'</source>
      <translation>Import '{name}'</translation>
    </message>
    <message>
      <source>import {files}</source>
      <translation>{files} importieren</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Prüfen</translation>
    </message>
    <message>
      <source>Accept every suggested category at or above</source>
      <translation>Jede vorgeschlagene Kategorie übernehmen ab</translation>
    </message>
    <message>
      <source>Lowest confidence accepted</source>
      <translation>Niedrigste übernommene Sicherheit</translation>
    </message>
    <message>
      <source>Duplicates (already in the vault)</source>
      <translation>Duplikate (bereits im Tresor)</translation>
    </message>
    <message>
      <source>Suggested categories</source>
      <translation>Vorgeschlagene Kategorien</translation>
    </message>
    <message>
      <source>No category suggestions: no rule matches and the vault has too little categorised history to learn from.</source>
      <translation>Keine Kategorievorschläge: Keine Regel passt, und der Tresor hat zu wenig kategorisierte Historie, um daraus zu lernen.</translation>
    </message>
    <message>
      <source>The first {shown} of {rows} rows are listed; the threshold applies to all.</source>
      <translation>Die ersten {shown} von {rows} Zeilen sind aufgeführt; die Schwelle gilt für alle.</translation>
    </message>
    <message>
      <source>Accept {category} for {payee}</source>
      <translation>{category} für {payee} übernehmen</translation>
    </message>
    <message>
      <source>Your rules are applied on every import.</source>
      <translation>Ihre Regeln werden bei jedem Import angewendet.</translation>
    </message>
    <message>
      <source>Balance: unknown, because the file states no closing balance.</source>
      <translation>Saldo: unbekannt, weil die Datei keinen Endsaldo angibt.</translation>
    </message>
    <message>
      <source>Statement balance {stated}; the vault's is unknown.</source>
      <translation>Saldo laut Auszug {stated}; der des Tresors ist unbekannt.</translation>
    </message>
    <message>
      <source>Statement balance {stated} = the vault's after import {vault}: reconciled.</source>
      <translation>Saldo laut Auszug {stated} = der des Tresors nach dem Import {vault}: abgeglichen.</translation>
    </message>
    <message>
      <source>Statement balance {stated}, the vault's after import {vault}: a difference of {difference}.</source>
      <translation>Saldo laut Auszug {stated}, der des Tresors nach dem Import {vault}: eine Differenz von {difference}.</translation>
    </message>
    <message>
      <source>Likely cause: {cause}.</source>
      <translation>Wahrscheinliche Ursache: {cause}.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>Importfortschritt</translation>
    </message>
    <message>
      <source>Importing {files}…</source>
      <translation>{files} wird importiert…</translation>
    </message>
    <message>
      <source>Cancel leaves the vault exactly as it was.</source>
      <translation>Abbrechen lässt den Tresor genau so, wie er war.</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>{done} von {total} Zeilen</translation>
    </message>
    <message>
      <source>Cancelling… nothing will be kept.</source>
      <translation>Wird abgebrochen… nichts wird behalten.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>See every import in the import history…</source>
      <translation>Jeden Import im Importverlauf ansehen…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
      <source>The vault is exactly as it was.</source>
      <translation>Der Tresor ist genau so, wie er war.</translation>
    </message>
    <message>
      <source>{new} in all. Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>{new} insgesamt. Bearbeiten &gt; Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
      <source>into the new account '{name}'</source>
      <translation>in das neue Konto '{name}'</translation>
    </message>
    <message>
      <source>into '{name}'</source>
      <translation>in '{name}'</translation>
    </message>
    <message>
      <source>{n} by your rules</source>
      <translation>{n} nach Ihren Regeln</translation>
    </message>
    <message>
      <source>{n} learned</source>
      <translation>{n} gelernt</translation>
    </message>
    <message>
      <source>{n} you accepted</source>
      <translation>{n} von Ihnen übernommen</translation>
    </message>
    <message>
      <source>{n} categorised ({how})</source>
      <translation>{n} kategorisiert ({how})</translation>
    </message>
    <message>
      <source>none categorised</source>
      <translation>keine kategorisiert</translation>
    </message>
    <message>
      <source>Reconciled: the vault's balance is {stated}, as the statement says.</source>
      <translation>Abgeglichen: Der Saldo des Tresors ist {stated}, wie der Auszug sagt.</translation>
    </message>
    <message>
      <source>Does not reconcile: the statement says {stated}, the vault {vault}, a difference of {difference}.</source>
      <translation>Nicht abgeglichen: Der Auszug sagt {stated}, der Tresor {vault}, eine Differenz von {difference}.</translation>
    </message>
    <message>
      <source>Apply learned categories on import</source>
      <translation>Gelernte Kategorien beim Import anwenden</translation>
    </message>
    <message>
      <source>Your rules always apply. Learned categories are only suggested in the import's review unless you choose a confidence here.</source>
      <translation>Ihre Regeln gelten immer. Gelernte Kategorien werden bei der Importprüfung nur vorgeschlagen, es sei denn, Sie wählen hier eine Sicherheit.</translation>
    </message>
    <message>
      <source>Never: only suggest them</source>
      <translation>Nie: nur vorschlagen</translation>
    </message>
    <message>
      <source>When at least {percent} sure</source>
      <translation>Ab mindestens {percent} Sicherheit</translation>
    </message>
    <message>
      <source>change when learned categories apply</source>
      <translation>ändern, wann gelernte Kategorien gelten</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <source>Import history…</source>
      <translation>Importverlauf…</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Add an account first.</source>
      <translation>Fügen Sie zuerst ein Konto hinzu.</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Umbuchung</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Kategorien</translation>
    </message>
    <message>
      <source>a name, to add or rename</source>
      <translation>ein Name, zum Hinzufügen oder Umbenennen</translation>
    </message>
    <message>
      <source>Other category</source>
      <translation>Andere Kategorie</translation>
    </message>
    <message>
      <source>Add puts the new category under the one chosen (or at the top, as spending). Move, Merge and Delete use the other category: the new parent, the one to merge into, or where the transactions go.</source>
      <translation>Hinzufügen legt die neue Kategorie unter der gewählten an (oder ganz oben, als Ausgabe). Verschieben, Zusammenführen und Löschen verwenden die andere Kategorie: die neue übergeordnete, die, mit der zusammengeführt wird, oder die, in die die Umsätze kommen.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Umbenennen</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Verschieben</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Zusammenführen mit</translation>
    </message>
    <message>
      <source>(top level / uncategorised)</source>
      <translation>(oberste Ebene / ohne Kategorie)</translation>
    </message>
    <message>
      <source>Choose a category in the tree first.</source>
      <translation>Wählen Sie zuerst eine Kategorie in der Liste.</translation>
    </message>
    <message>
      <source>Choose the category to merge into.</source>
      <translation>Wählen Sie die Kategorie, mit der zusammengeführt wird.</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Verwendungszweck</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>Export transactions</source>
      <translation>Umsätze exportieren</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <source>CSV (UTF-8) or Excel workbook (.xlsx), by the file's suffix. Cells that a spreadsheet would run as a formula are written with a leading '.</source>
      <translation>CSV (UTF-8) oder Excel-Arbeitsmappe (.xlsx), nach der Dateiendung. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, erhalten ein vorangestelltes '.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exportieren nach</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>Wählen Sie mindestens eine Spalte aus.</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>Wählen Sie eine Datei, in die geschrieben wird.</translation>
    </message>
    <message>
      <source>no category called {name!r}</source>
      <translation>keine Kategorie namens {name!r}</translation>
    </message>
    <message>
      <source>the row is not loaded yet</source>
      <translation>die Zeile ist noch nicht geladen</translation>
    </message>
    <message>
      <source>a payee cannot be empty</source>
      <translation>der Empfänger darf nicht leer sein</translation>
    </message>
    <message>
      <source>this column cannot be edited</source>
      <translation>diese Spalte kann nicht bearbeitet werden</translation>
    </message>
    <message>
      <source>Saved: {what}. Undo with Ctrl+Z.</source>
      <translation>Gespeichert: {what}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
      <source>the change</source>
      <translation>die Änderung</translation>
    </message>
    <message>
      <source>None of the selected rows has a suggestion.</source>
      <translation>Keine der ausgewählten Zeilen hat einen Vorschlag.</translation>
    </message>
    <message>
      <source>No suggestion is that sure.</source>
      <translation>Kein Vorschlag ist so sicher.</translation>
    </message>
    <message>
      <source>Select the two sides of the transfer (or one, to find the other).</source>
      <translation>Wählen Sie beide Seiten der Umbuchung aus (oder eine, um die andere zu finden).</translation>
    </message>
    <message>
      <source>No other side found for this row: select both rows.</source>
      <translation>Keine Gegenbuchung zu dieser Zeile gefunden: Wählen Sie beide Zeilen aus.</translation>
    </message>
    <message>
      <source>Reconcile with a statement</source>
      <translation>Mit einem Kontoauszug abgleichen</translation>
    </message>
    <message>
      <source>Statement date</source>
      <translation>Auszugsdatum</translation>
    </message>
    <message>
      <source>Statement balance</source>
      <translation>Saldo laut Auszug</translation>
    </message>
    <message>
      <source>closing balance on the statement</source>
      <translation>Endsaldo laut Auszug</translation>
    </message>
    <message>
      <source>Show the rows to tick</source>
      <translation>Auszuwählende Zeilen anzeigen</translation>
    </message>
    <message>
      <source>Rows to tick</source>
      <translation>Auszuwählende Zeilen</translation>
    </message>
    <message>
      <source>Tick all</source>
      <translation>Alle auswählen</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <source>Statement balance ({currency})</source>
      <translation>Saldo laut Auszug ({currency})</translation>
    </message>
    <message>
      <source>(the newest {n} of {total})</source>
      <translation>(die neuesten {n} von {total})</translation>
    </message>
    <message>
      <source>Difference: unknown until the rows are shown</source>
      <translation>Differenz: unbekannt, bis die Zeilen angezeigt werden</translation>
    </message>
    <message>
      <source>Difference: unknown until the statement balance is typed</source>
      <translation>Differenz: unbekannt, bis der Saldo laut Auszug eingegeben ist</translation>
    </message>
    <message>
      <source>Difference: none. The ticked rows match the statement.</source>
      <translation>Differenz: keine. Die ausgewählten Zeilen stimmen mit dem Auszug überein.</translation>
    </message>
    <message>
      <source>Difference: {amount}</source>
      <translation>Differenz: {amount}</translation>
    </message>
    <message>
      <source>Payee contains</source>
      <translation>Empfänger enthält</translation>
    </message>
    <message>
      <source>Payee is exactly</source>
      <translation>Empfänger ist genau</translation>
    </message>
    <message>
      <source>Payee or memo matches (regular expression)</source>
      <translation>Empfänger oder Verwendungszweck passt auf (regulärer Ausdruck)</translation>
    </message>
    <message>
      <source>Edit rule</source>
      <translation>Regel bearbeiten</translation>
    </message>
    <message>
      <source>Always categorise like this</source>
      <translation>Immer so kategorisieren</translation>
    </message>
    <message>
      <source>Payee text</source>
      <translation>Text im Empfänger</translation>
    </message>
    <message>
      <source>any</source>
      <translation>beliebig</translation>
    </message>
    <message>
      <source>Lowest amount</source>
      <translation>Niedrigster Betrag</translation>
    </message>
    <message>
      <source>Highest amount</source>
      <translation>Höchster Betrag</translation>
    </message>
    <message>
      <source>Amount from</source>
      <translation>Betrag von</translation>
    </message>
    <message>
      <source>Any account</source>
      <translation>Jedes Konto</translation>
    </message>
    <message>
      <source>Categorise as</source>
      <translation>Kategorisieren als</translation>
    </message>
    <message>
      <source>Amounts are signed: money out is negative (-50 to -10).</source>
      <translation>Beträge haben ein Vorzeichen: Ausgehendes Geld ist negativ (-50 bis -10).</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>Transactions the rule would change</source>
      <translation>Umsätze, die die Regel ändern würde</translation>
    </message>
    <message>
      <source>Also categorise these past transactions</source>
      <translation>Auch diese früheren Umsätze kategorisieren</translation>
    </message>
    <message>
      <source>Save rule</source>
      <translation>Regel speichern</translation>
    </message>
    <message>
      <source>choose the category the rule files under</source>
      <translation>wählen Sie die Kategorie, in die die Regel einordnet</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Wird gezählt…</translation>
    </message>
    <message>
      <source>(the others are already there, filed by you, split, or claimed by an earlier rule)</source>
      <translation>(die anderen sind schon dort, von Ihnen eingeordnet, aufgeteilt oder von einer früheren Regel erfasst)</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… und {n} weitere</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Regeln</translation>
    </message>
    <message>
      <source>Rules are tried from the top; the first that matches files the transaction.</source>
      <translation>Regeln werden von oben nach unten geprüft; die erste, die passt, ordnet den Umsatz ein.</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Neu…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Apply now</source>
      <translation>Jetzt anwenden</translation>
    </message>
    <message>
      <source>No rules yet: use “Always categorise like this…” on a row.</source>
      <translation>Noch keine Regeln: Verwenden Sie „Immer so kategorisieren…“ in einer Zeile.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>Zu prüfen</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Aufgeteilt</translation>
    </message>
    <message>
      <source>Reconciled</source>
      <translation>Abgeglichen</translation>
    </message>
    <message>
      <source>Not reconciled</source>
      <translation>Nicht abgeglichen</translation>
    </message>
    <message>
      <source>amount (either sign)</source>
      <translation>Betrag (beide Vorzeichen)</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <source>Search payee, memo or amount (10..20, &gt;100)</source>
      <translation>Empfänger, Verwendungszweck oder Betrag suchen (10..20, &gt;100)</translation>
    </message>
    <message>
      <source>Search payee, memo or amount</source>
      <translation>Empfänger, Verwendungszweck oder Betrag suchen</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Filter</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Beliebig</translation>
    </message>
    <message>
      <source>All accounts</source>
      <translation>Alle Konten</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Alle Kategorien</translation>
    </message>
    <message>
      <source>Split a transaction</source>
      <translation>Einen Umsatz aufteilen</translation>
    </message>
    <message>
      <source>{payee} · {amount} on {day}</source>
      <translation>{payee} · {amount} am {day}</translation>
    </message>
    <message>
      <source>Give each part an amount and a category; the parts must add up to the line.</source>
      <translation>Geben Sie jedem Teil einen Betrag und eine Kategorie; zusammen müssen die Teile den Betrag des Umsatzes ergeben.</translation>
    </message>
    <message>
      <source>Amount ({currency})</source>
      <translation>Betrag ({currency})</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>Teil hinzufügen</translation>
    </message>
    <message>
      <source>Remove part</source>
      <translation>Teil entfernen</translation>
    </message>
    <message>
      <source>Still to place</source>
      <translation>Noch zu verteilen</translation>
    </message>
    <message>
      <source>Join again</source>
      <translation>Wieder zusammenführen</translation>
    </message>
    <message>
      <source>part {n}: {why}</source>
      <translation>Teil {n}: {why}</translation>
    </message>
    <message>
      <source>Parts add up to the line</source>
      <translation>Die Teile ergeben den Betrag</translation>
    </message>
    <message>
      <source>Still to place: {amount}</source>
      <translation>Noch zu verteilen: {amount}</translation>
    </message>
    <message>
      <source>Accept those at least 95 % sure</source>
      <translation>Ab 95 % Sicherheit übernehmen</translation>
    </message>
    <message>
      <source>Accept those at least 80 % sure</source>
      <translation>Ab 80 % Sicherheit übernehmen</translation>
    </message>
    <message>
      <source>Accept all of them</source>
      <translation>Alle übernehmen</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>Umsätze</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Vorschläge</translation>
    </message>
    <message>
      <source>Accept suggestions</source>
      <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
      <source>Accept for the selected rows</source>
      <translation>Für die ausgewählten Zeilen übernehmen</translation>
    </message>
    <message>
      <source>Rules…</source>
      <translation>Regeln…</translation>
    </message>
    <message>
      <source>Categories…</source>
      <translation>Kategorien…</translation>
    </message>
    <message>
      <source>Reconcile…</source>
      <translation>Abgleichen…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Accept suggestion</source>
      <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
      <source>Reject suggestion</source>
      <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
      <source>Always categorise like this…</source>
      <translation>Immer so kategorisieren…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Aufteilen…</translation>
    </message>
    <message>
      <source>Unlink transfer</source>
      <translation>Umbuchung trennen</translation>
    </message>
    <message>
      <source>Link as transfer</source>
      <translation>Als Umbuchung verknüpfen</translation>
    </message>
    <message>
      <source>Show all transactions</source>
      <translation>Alle Umsätze anzeigen</translation>
    </message>
    <message>
      <source>Clear the chart's filter</source>
      <translation>Den Filter des Diagramms löschen</translation>
    </message>
    <message>
      <source>From the dashboard:</source>
      <translation>Aus der Übersicht:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Add account…</source>
      <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
      <source>&amp;Lock vault</source>
      <translation>Tresor &amp;sperren</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>Yours now</source>
      <translation>Ihr aktuelles</translation>
    </message>
    <message>
      <source>Market average</source>
      <translation>Marktdurchschnitt</translation>
    </message>
    <message>
      <source>Offers</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; · {amount} a year</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; · {amount} pro Jahr</translation>
    </message>
    <message>
      <source>Cost a year on the same amount; below zero is interest earned</source>
      <translation>Kosten pro Jahr auf denselben Betrag; unter null sind erhaltene Zinsen</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Wöchentlich</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Monatlich</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>Vierteljährlich</translation>
    </message>
    <message>
      <source>Every six months</source>
      <translation>Halbjährlich</translation>
    </message>
    <message>
      <source>Yearly</source>
      <translation>Jährlich</translation>
    </message>
    <message>
      <source>Key in an offer</source>
      <translation>Angebot eintragen</translation>
    </message>
    <message>
      <source>Add offer</source>
      <translation>Angebot hinzufügen</translation>
    </message>
    <message>
      <source>Type in an offer that came on paper or by e-mail. It is kept as keyed in: no signature vouches for it, so check it against the letter.</source>
      <translation>Tippen Sie ein Angebot ab, das auf Papier oder per E-Mail kam. Es wird so gespeichert, wie eingegeben: Keine Signatur bürgt dafür, prüfen Sie es also anhand des Schreibens.</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <source>Rate (% a year)</source>
      <translation>Zinssatz (% pro Jahr)</translation>
    </message>
    <message>
      <source>APR (% a year)</source>
      <translation>Effektiver Jahreszins (%)</translation>
    </message>
    <message>
      <source>The yearly percentage rate with costs, if the offer states it.</source>
      <translation>Der jährliche Prozentsatz einschließlich Kosten, wenn das Angebot ihn nennt.</translation>
    </message>
    <message>
      <source>Term (years)</source>
      <translation>Laufzeit (Jahre)</translation>
    </message>
    <message>
      <source>Fixed rate (years)</source>
      <translation>Zinsbindung (Jahre)</translation>
    </message>
    <message>
      <source>Premium ({currency})</source>
      <translation>Beitrag ({currency})</translation>
    </message>
    <message>
      <source>Premium paid</source>
      <translation>Beitrag gezahlt</translation>
    </message>
    <message>
      <source>Cover ({currency})</source>
      <translation>Deckung ({currency})</translation>
    </message>
    <message>
      <source>Own risk ({currency})</source>
      <translation>Selbstbeteiligung ({currency})</translation>
    </message>
    <message>
      <source>Price a month ({currency})</source>
      <translation>Preis pro Monat ({currency})</translation>
    </message>
    <message>
      <source>One-off fees ({currency})</source>
      <translation>Einmalige Gebühren ({currency})</translation>
    </message>
    <message>
      <source>What taking the offer costs once: advice, valuation, notary, closing the old one.</source>
      <translation>Was die Annahme des Angebots einmalig kostet: Beratung, Gutachten, Notar, Ablösung des alten Vertrags.</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Bedingungen</translation>
    </message>
    <message>
      <source>Offer accepted.</source>
      <translation>Angebot angenommen.</translation>
    </message>
    <message>
      <source>Offer declined.</source>
      <translation>Angebot abgelehnt.</translation>
    </message>
    <message>
      <source>Offer from {vendor} verified and added.</source>
      <translation>Angebot von {vendor} geprüft und hinzugefügt.</translation>
    </message>
    <message>
      <source>Personal loan</source>
      <translation>Ratenkredit</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>Versicherung</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <source>{status} on {day}</source>
      <translation>{status} am {day}</translation>
    </message>
    <message>
      <source>signed by {vendor}'s pinned key</source>
      <translation>signiert mit dem hinterlegten Schlüssel von {vendor}</translation>
    </message>
    <message>
      <source>keyed in by hand, no signature</source>
      <translation>von Hand eingegeben, keine Signatur</translation>
    </message>
    <message>
      <source>valid until {day}</source>
      <translation>gültig bis {day}</translation>
    </message>
    <message>
      <source>no fees</source>
      <translation>keine Gebühren</translation>
    </message>
    <message>
      <source>A year</source>
      <translation>Pro Jahr</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <source>vs yours</source>
      <translation>ggü. Ihrem</translation>
    </message>
    <message>
      <source>vs market</source>
      <translation>ggü. Markt</translation>
    </message>
    <message>
      <source>Eff. rate</source>
      <translation>Eff. Zins</translation>
    </message>
    <message>
      <source>Yearly rate including fees</source>
      <translation>Jahreszins inklusive Gebühren</translation>
    </message>
    <message>
      <source>Payback</source>
      <translation>Amortisation</translation>
    </message>
    <message>
      <source>This offer has no one-off fees: there is nothing to repay</source>
      <translation>Dieses Angebot hat keine einmaligen Gebühren: Es gibt nichts wieder einzubringen</translation>
    </message>
    <message>
      <source>Months until the savings have repaid the fees</source>
      <translation>Monate, bis die Ersparnis die Gebühren wieder eingebracht hat</translation>
    </message>
    <message>
      <source>Import a signed offer…</source>
      <translation>Signiertes Angebot importieren…</translation>
    </message>
    <message>
      <source>Key in an offer…</source>
      <translation>Angebot eintragen…</translation>
    </message>
    <message>
      <source>An offer that came on paper or by e-mail</source>
      <translation>Ein Angebot, das auf Papier oder per E-Mail kam</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <source>Offers compared</source>
      <translation>Angebote im Vergleich</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Ablehnen…</translation>
    </message>
    <message>
      <source>Accept…</source>
      <translation>Annehmen…</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Nebeneinander</translation>
    </message>
    <message>
      <source>No requests to this vendor yet. Ask for offers from the Share page or from a piece of advice.</source>
      <translation>Noch keine Anfragen an diesen Anbieter. Fragen Sie Angebote über die Seite Teilen oder aus einem Ratschlag an.</translation>
    </message>
    <message>
      <source>Money a year and over the term on the same amount; 'vs yours' and 'vs market' are what the offer saves a year</source>
      <translation>Geld pro Jahr und über die Laufzeit auf denselben Betrag; 'ggü. Ihrem' und 'ggü. Markt' ist, was das Angebot pro Jahr spart</translation>
    </message>
    <message>
      <source>{kind} insurance</source>
      <translation>{kind}versicherung</translation>
    </message>
    <message>
      <source>{n} years fixed</source>
      <translation>{n} Jahre Zinsbindung</translation>
    </message>
    <message>
      <source>asked {day}</source>
      <translation>angefragt am {day}</translation>
    </message>
    <message>
      <source>Compared with {what}</source>
      <translation>Verglichen mit {what}</translation>
    </message>
    <message>
      <source>market: {rate} on {day} ({series})</source>
      <translation>Markt: {rate} am {day} ({series})</translation>
    </message>
    <message>
      <source>no offers yet</source>
      <translation>noch keine Angebote</translation>
    </message>
    <message>
      <source>What you have with them</source>
      <translation>Was Sie bei ihnen haben</translation>
    </message>
    <message>
      <source>What they know and offered</source>
      <translation>Was sie wissen und angeboten haben</translation>
    </message>
    <message>
      <source>Deletion requests</source>
      <translation>Löschanfragen</translation>
    </message>
    <message>
      <source>You and {vendor}</source>
      <translation>Sie und {vendor}</translation>
    </message>
    <message>
      <source>balance unknown</source>
      <translation>Saldo unbekannt</translation>
    </message>
    <message>
      <source>{rate} a year</source>
      <translation>{rate} pro Jahr</translation>
    </message>
    <message>
      <source>{kind} policy: {premium} a year</source>
      <translation>{kind}-Police: {premium} pro Jahr</translation>
    </message>
    <message>
      <source>Payments to them: {amount} a year</source>
      <translation>Zahlungen an sie: {amount} pro Jahr</translation>
    </message>
    <message>
      <source>No accounts or policies with them are keyed in.</source>
      <translation>Es sind keine Konten oder Policen bei ihnen erfasst.</translation>
    </message>
    <message>
      <source> (no facts shared)</source>
      <translation> (keine Angaben geteilt)</translation>
    </message>
    <message>
      <source>premium {amount}</source>
      <translation>Beitrag {amount}</translation>
    </message>
    <message>
      <source>terms in the offer</source>
      <translation>Bedingungen im Angebot</translation>
    </message>
    <message>
      <source>Offer of {day}: {what} ({status})</source>
      <translation>Angebot vom {day}: {what} ({status})</translation>
    </message>
    <message>
      <source>Asked {asked}; confirmed {done} ({how}).</source>
      <translation>Angefragt {asked}; bestätigt {done} ({how}).</translation>
    </message>
    <message>
      <source>OVERDUE: asked {asked}, the answer was due {due}.</source>
      <translation>ÜBERFÄLLIG: angefragt {asked}, die Antwort war fällig am {due}.</translation>
    </message>
    <message>
      <source>Asked {asked}; answer due {due}.</source>
      <translation>Angefragt {asked}; Antwort fällig {due}.</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
      <source>{name} (closed)</source>
      <translation>{name} (geschlossen)</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>In {currency}</source>
      <translation>In {currency}</translation>
    </message>
    <message>
      <source>no rate</source>
      <translation>kein Kurs</translation>
    </message>
    <message>
      <source>No exchange rate {source}→{target}: {accounts} left out of the totals. Key in or import a rate.</source>
      <translation>Kein Wechselkurs {source}→{target}: {accounts} in den Summen nicht berücksichtigt. Tragen Sie einen Kurs ein oder importieren Sie einen.</translation>
    </message>
    <message>
      <source>Press Enter or double-click an account to see its transactions.</source>
      <translation>Enter oder Doppelklick zeigt die Umsätze.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>No accounts yet</source>
      <translation>Noch keine Konten</translation>
    </message>
    <message>
      <source>Balances on {day}</source>
      <translation>Salden am {day}</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Wieder öffnen</translation>
    </message>
    <message>
      <source>Show transactions</source>
      <translation>Umsätze anzeigen</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <source>No transactions yet</source>
      <translation>Noch keine Umsätze</translation>
    </message>
    <message>
      <source>Once transactions are in this vault, this page shows your net worth, where your money goes, a forecast and what to do next. Add your accounts by hand or import your bank's statements (OFX, QFX, QIF, CSV, CAMT.053, MT940).</source>
      <translation>Sobald Umsätze in diesem Tresor sind, zeigt diese Seite Ihr Nettovermögen, wohin Ihr Geld geht, eine Prognose und was als Nächstes zu tun ist. Fügen Sie Ihre Konten von Hand hinzu oder importieren Sie die Kontoauszüge Ihrer Bank (OFX, QFX, QIF, CSV, CAMT.053, MT940).</translation>
    </message>
    <message>
      <source>Liquid cash</source>
      <translation>Verfügbares Geld</translation>
    </message>
    <message>
      <source>Income this month</source>
      <translation>Einnahmen diesen Monat</translation>
    </message>
    <message>
      <source>Spending this month</source>
      <translation>Ausgaben diesen Monat</translation>
    </message>
    <message>
      <source>Savings rate</source>
      <translation>Sparquote</translation>
    </message>
    <message>
      <source>Emergency fund</source>
      <translation>Notgroschen</translation>
    </message>
    <message>
      <source>Asset allocation</source>
      <translation>Vermögensaufteilung</translation>
    </message>
    <message>
      <source>Income and spending</source>
      <translation>Einnahmen und Ausgaben</translation>
    </message>
    <message>
      <source>Spending by category</source>
      <translation>Ausgaben nach Kategorie</translation>
    </message>
    <message>
      <source>Forecast, next 12 months</source>
      <translation>Prognose, nächste 12 Monate</translation>
    </message>
    <message>
      <source>Forecast: {method}</source>
      <translation>Prognose: {method}</translation>
    </message>
    <message>
      <source>Checking, savings and cash</source>
      <translation>Giro, Sparen und Bargeld</translation>
    </message>
    <message>
      <source>{amount} left over</source>
      <translation>{amount} übrig</translation>
    </message>
    <message>
      <source>Salary usually arrives on the {day}</source>
      <translation>Das Gehalt kommt meist am {day}</translation>
    </message>
    <message>
      <source>{amount} more than came in</source>
      <translation>{amount} mehr als eingenommen</translation>
    </message>
    <message>
      <source>No income in this period</source>
      <translation>Keine Einnahmen in diesem Zeitraum</translation>
    </message>
    <message>
      <source>of income kept, {period}</source>
      <translation>des Einkommens behalten, {period}</translation>
    </message>
    <message>
      <source>Saving divided by income from {start} to {end}</source>
      <translation>Ersparnis geteilt durch Einnahmen vom {start} bis {end}</translation>
    </message>
    <message>
      <source>No essential spending recorded yet</source>
      <translation>Noch keine notwendigen Ausgaben erfasst</translation>
    </message>
    <message>
      <source>of essential spending ({monthly} a month)</source>
      <translation>der notwendigen Ausgaben ({monthly} pro Monat)</translation>
    </message>
    <message>
      <source>Liquid money is below zero</source>
      <translation>Verfügbares Geld ist unter null</translation>
    </message>
    <message>
      <source>Income in {month}</source>
      <translation>Einnahmen im {month}</translation>
    </message>
    <message>
      <source>Spending in {month}</source>
      <translation>Ausgaben im {month}</translation>
    </message>
    <message>
      <source>Spending on {category}, {period}</source>
      <translation>Ausgaben für {category}, {period}</translation>
    </message>
    <message>
      <source>Custom period</source>
      <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Ihre Angaben</translation>
    </message>
    <message>
      <source>What no bank exports: who you are, what you earn, how you are insured and what you save for.</source>
      <translation>Was keine Bank exportiert: wer Sie sind, was Sie verdienen, wie Sie versichert sind und wofür Sie sparen.</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Bereiche</translation>
    </message>
    <message>
      <source>Salaries, pensions and other income, as they reach your accounts.</source>
      <translation>Gehälter, Renten und andere Einkünfte, wie sie auf Ihren Konten eingehen.</translation>
    </message>
    <message>
      <source>Add income…</source>
      <translation>Einkommen hinzufügen…</translation>
    </message>
    <message>
      <source>No income keyed in</source>
      <translation>Kein Einkommen erfasst</translation>
    </message>
    <message>
      <source>Add your salary or other income to see it next to what the bank shows.</source>
      <translation>Fügen Sie Ihr Gehalt oder andere Einkünfte hinzu, um sie neben dem zu sehen, was die Bank zeigt.</translation>
    </message>
    <message>
      <source>Insurance policies: what they cost, what they cover and when they renew.</source>
      <translation>Versicherungen: was sie kosten, was sie decken und wann sie sich verlängern.</translation>
    </message>
    <message>
      <source>Add a policy…</source>
      <translation>Police hinzufügen…</translation>
    </message>
    <message>
      <source>No policies keyed in</source>
      <translation>Keine Policen erfasst</translation>
    </message>
    <message>
      <source>Add your insurance policies to see their yearly cost and renewals.</source>
      <translation>Fügen Sie Ihre Versicherungen hinzu, um ihre jährlichen Kosten und Verlängerungen zu sehen.</translation>
    </message>
    <message>
      <source>What you are saving for, and how far the linked accounts are.</source>
      <translation>Wofür Sie sparen und wie weit die verknüpften Konten sind.</translation>
    </message>
    <message>
      <source>Add a goal…</source>
      <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
      <source>No goals yet</source>
      <translation>Noch keine Ziele</translation>
    </message>
    <message>
      <source>Add a goal and link the accounts that hold the savings.</source>
      <translation>Fügen Sie ein Ziel hinzu und verknüpfen Sie die Konten, auf denen Sie dafür sparen.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>What you have told each vendor, when, and on which terms.</source>
      <translation>Was Sie jedem Anbieter mitgeteilt haben, wann und zu welchen Bedingungen.</translation>
    </message>
    <message>
      <source>Nothing shared yet</source>
      <translation>Noch nichts geteilt</translation>
    </message>
    <message>
      <source>Each time you share facts with a vendor, a receipt is kept here: what you told them, how precisely, on which terms and until when.</source>
      <translation>Jedes Mal, wenn Sie Angaben mit einem Anbieter teilen, wird hier eine Quittung aufbewahrt: was Sie mitgeteilt haben, wie genau, zu welchen Bedingungen und bis wann.</translation>
    </message>
    <message>
      <source>Share with a vendor…</source>
      <translation>Mit einem Anbieter teilen…</translation>
    </message>
    <message>
      <source>{disclosures} to {vendors}.</source>
      <translation>{disclosures} an {vendors}.</translation>
    </message>
    <message>
      <source>The draft is open in your mail program. Nothing is sent until you send it.</source>
      <translation>Der Entwurf ist in Ihrem E-Mail-Programm geöffnet. Nichts wird gesendet, bis Sie es senden.</translation>
    </message>
    <message>
      <source>No mail program answered, so the draft is on the clipboard for two minutes: paste it into an e-mail to the vendor.</source>
      <translation>Kein E-Mail-Programm hat geantwortet, daher liegt der Entwurf zwei Minuten in der Zwischenablage: Fügen Sie ihn in eine E-Mail an den Anbieter ein.</translation>
    </message>
    <message>
      <source>Import a signed offer</source>
      <translation>Signiertes Angebot importieren</translation>
    </message>
    <message>
      <source>Signed offers (*.jws);;All files (*)</source>
      <translation>Signierte Angebote (*.jws);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>The folder could not be opened: {path}</source>
      <translation>Der Ordner konnte nicht geöffnet werden: {path}</translation>
    </message>
    <message>
      <source>Holdings</source>
      <translation>Bestände</translation>
    </message>
    <message>
      <source>Set holding…</source>
      <translation>Bestand erfassen…</translation>
    </message>
    <message>
      <source>Delete holding</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Prices…</source>
      <translation>Kurse…</translation>
    </message>
    <message>
      <source>No holdings yet</source>
      <translation>Noch keine Bestände</translation>
    </message>
    <message>
      <source>Add a brokerage or pension account</source>
      <translation>Fügen Sie ein Depot oder Vorsorgekonto hinzu</translation>
    </message>
    <message>
      <source>Values on {day}, at each security's latest price on or before that day.</source>
      <translation>Werte am {day}, zum letzten Kurs jedes Wertpapiers an oder vor diesem Tag.</translation>
    </message>
    <message>
      <source>in {currency}, valued holdings</source>
      <translation>in {currency}, bewertete Bestände</translation>
    </message>
    <message>
      <source>of the valued holdings with a cost</source>
      <translation>der bewerteten Bestände mit Einstandswert</translation>
    </message>
    <message>
      <source>no holding has a cost yet</source>
      <translation>noch kein Bestand hat einen Einstandswert</translation>
    </message>
    <message>
      <source>unknown until a valued holding has a cost</source>
      <translation>unbekannt, bis ein bewerteter Bestand einen Einstandswert hat</translation>
    </message>
    <message>
      <source>Set a holding to see its value, cost and gain here.</source>
      <translation>Legen Sie einen Bestand fest, um hier Wert, Einstandswert und Gewinn zu sehen.</translation>
    </message>
    <message>
      <source>Holdings belong to a brokerage or pension account: add one first.</source>
      <translation>Bestände gehören zu einem Depot oder Vorsorgekonto: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
      <source>Select a holding to edit it, delete it or see its prices.</source>
      <translation>Wählen Sie einen Bestand, um ihn zu bearbeiten, zu löschen oder seine Kurse zu sehen.</translation>
    </message>
    <message>
      <source>Not in the totals, no price yet: {symbols} (select it and press Prices… to add one).</source>
      <translation>Nicht in den Summen, noch kein Kurs: {symbols} (auswählen und auf Kurse… klicken, um einen hinzuzufügen).</translation>
    </message>
    <message>
      <source>Not in the totals, no exchange rate to {currency}: {symbols}.</source>
      <translation>Nicht in den Summen, kein Wechselkurs nach {currency}: {symbols}.</translation>
    </message>
    <message>
      <source>Cost and gain leave out {symbols} (no cost given).</source>
      <translation>Einstandswert und Gewinn ohne {symbols} (kein Einstandswert angegeben).</translation>
    </message>
    <message>
      <source>Every 6 months</source>
      <translation>Alle 6 Monate</translation>
    </message>
    <message>
      <source>new</source>
      <translation>neu</translation>
    </message>
    <message>
      <source>price up</source>
      <translation>teurer</translation>
    </message>
    <message>
      <source>raise</source>
      <translation>Gehaltsplus</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Wie oft</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Ausgegeben</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Zahlungen</translation>
    </message>
    <message>
      <source>{month} (from the {day})</source>
      <translation>{month} (ab dem {day})</translation>
    </message>
    <message>
      <source>{month} (to the {day})</source>
      <translation>{month} (bis zum {day})</translation>
    </message>
    <message>
      <source>current</source>
      <translation>laufend</translation>
    </message>
    <message>
      <source>Benchmark</source>
      <translation>Richtwert</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Satz</translation>
    </message>
    <message>
      <source>Dated</source>
      <translation>Datiert</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespart</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Auswertungen</translation>
    </message>
    <message>
      <source>Recurring payments</source>
      <translation>Wiederkehrende Zahlungen</translation>
    </message>
    <message>
      <source>Top payees</source>
      <translation>Häufigste Empfänger</translation>
    </message>
    <message>
      <source>Month by month</source>
      <translation>Monat für Monat</translation>
    </message>
    <message>
      <source>Recurring payments and income</source>
      <translation>Wiederkehrende Zahlungen und Einnahmen</translation>
    </message>
    <message>
      <source>Found in your history: what repeats, how much it costs a year, and when it comes next. Moves between your own accounts are left out.</source>
      <translation>In Ihrer Historie gefunden: was sich wiederholt, was es pro Jahr kostet und wann es als Nächstes kommt. Umbuchungen zwischen Ihren eigenen Konten sind ausgelassen.</translation>
    </message>
    <message>
      <source>Where the money went</source>
      <translation>Wohin das Geld ging</translation>
    </message>
    <message>
      <source>Benchmarks</source>
      <translation>Richtwerte</translation>
    </message>
    <message>
      <source>Benchmarks the advice compares with</source>
      <translation>Richtwerte, mit denen die Ratschläge vergleichen</translation>
    </message>
    <message>
      <source>Market figures from public sources, each with its date. A figure more than 3 months old is marked: the market may have moved since.</source>
      <translation>Marktwerte aus öffentlichen Quellen, jeweils mit Datum. Ein Wert, der älter als 3 Monate ist, wird markiert: Der Markt kann sich seitdem bewegt haben.</translation>
    </message>
    <message>
      <source>The payees you spent most with, {period}.</source>
      <translation>Die Empfänger, an die Sie am meisten gezahlt haben, {period}.</translation>
    </message>
    <message>
      <source>Income, spending and what was kept, newest first.</source>
      <translation>Einnahmen, Ausgaben und was übrig blieb, neueste zuerst.</translation>
    </message>
    <message>
      <source>Savings rate over {period}: {rate}.</source>
      <translation>Sparquote für {period}: {rate}.</translation>
    </message>
    <message>
      <source>settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Ctrl+7</source>
      <translation>Ctrl+7</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>Theme: {name}</source>
      <translation>Design: {name}</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Sprache:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Lock after idle minutes</source>
      <translation>Sperren nach Minuten ohne Aktivität</translation>
    </message>
    <message>
      <source>Lock after being idle for</source>
      <translation>Sperren nach Inaktivität von</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Jetzt sperren</translation>
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <source>Lock the vault now</source>
      <translation>Den Tresor jetzt sperren</translation>
    </message>
    <message>
      <source>or press Ctrl+L at any time</source>
      <translation>oder jederzeit Strg+L drücken</translation>
    </message>
    <message>
      <source>Locking closes the vault and forgets its key; the window returns to the unlock screen.</source>
      <translation>Sperren schließt den Tresor und vergisst seinen Schlüssel; das Fenster kehrt zum Entsperrbildschirm zurück.</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Passphrase ändern…</translation>
    </message>
    <message>
      <source>Change the vault's passphrase</source>
      <translation>Die Passphrase des Tresors ändern</translation>
    </message>
    <message>
      <source>This vault</source>
      <translation>Dieser Tresor</translation>
    </message>
    <message>
      <source>Totals shown in</source>
      <translation>Summen angezeigt in</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Dieser Computer</translation>
    </message>
    <message>
      <source>Numbers and dates</source>
      <translation>Zahlen und Daten</translation>
    </message>
    <message>
      <source>Preferences file</source>
      <translation>Einstellungsdatei</translation>
    </message>
    <message>
      <source>Preferences hold only the look, the auto-lock time and the paths of recent vaults. Passphrases and figures never leave the encrypted vault.</source>
      <translation>Die Einstellungen enthalten nur die Darstellung, die Sperrzeit und die Pfade zuletzt geöffneter Tresore. Passphrasen und Beträge verlassen den verschlüsselten Tresor nie.</translation>
    </message>
    <message>
      <source>Forget the list of recent vaults</source>
      <translation>Die Liste zuletzt geöffneter Tresore vergessen</translation>
    </message>
    <message>
      <source>{language} from the next start</source>
      <translation>{language} ab dem nächsten Start</translation>
    </message>
    <message>
      <source>Recent vaults forgotten</source>
      <translation>Zuletzt geöffnete Tresore vergessen</translation>
    </message>
    <message>
      <source>SQLCipher 4 (AES-256, every page authenticated); key from your passphrase with {kdf}</source>
      <translation>SQLCipher 4 (AES-256, jede Seite authentifiziert); Schlüssel aus Ihrer Passphrase mit {kdf}</translation>
    </message>
    <message>
      <source>Passphrase changed. Use the new one from now on.</source>
      <translation>Passphrase geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
      <source>A copy of a backup: enter the passphrase the vault had when the backup was made.</source>
      <translation>Eine Kopie einer Sicherung: Geben Sie die Passphrase ein, die der Tresor beim Erstellen der Sicherung hatte.</translation>
    </message>
    <message>
      <source>Choose what a vendor learns and how precisely. Nothing leaves this computer until you export, and every export is kept as a receipt in History.</source>
      <translation>Wählen Sie, was ein Anbieter erfährt und wie genau. Nichts verlässt diesen Computer, bis Sie exportieren, und jeder Export wird als Quittung im Verlauf aufbewahrt.</translation>
    </message>
    <message>
      <source>Ask several vendors for an offer at once</source>
      <translation>Mehrere Anbieter gleichzeitig um ein Angebot bitten</translation>
    </message>
    <message>
      <source>No vendors yet</source>
      <translation>Noch keine Anbieter</translation>
    </message>
    <message>
      <source>Add the bank, insurer, landlord or adviser you want to share with.</source>
      <translation>Fügen Sie die Bank, den Versicherer, Vermieter oder Berater hinzu, mit dem Sie teilen möchten.</translation>
    </message>
    <message>
      <source>Add a vendor…</source>
      <translation>Anbieter hinzufügen…</translation>
    </message>
    <message>
      <source>Reading your vault…</source>
      <translation>Ihr Tresor wird gelesen…</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Ändern…</translation>
    </message>
    <message>
      <source>See what leaves</source>
      <translation>Sehen, was hinausgeht</translation>
    </message>
    <message>
      <source>Scroll to the preview of the package</source>
      <translation>Zur Vorschau des Pakets scrollen</translation>
    </message>
    <message>
      <source>Export package</source>
      <translation>Paket exportieren</translation>
    </message>
    <message>
      <source>Export the package</source>
      <translation>Das Paket exportieren</translation>
    </message>
    <message>
      <source>Open the package folder</source>
      <translation>Den Paketordner öffnen</translation>
    </message>
    <message>
      <source>See it in History</source>
      <translation>Im Verlauf ansehen</translation>
    </message>
    <message>
      <source>{n} requests written to {folder}. Offers that come back are compared in History.</source>
      <translation>{n} Anfragen nach {folder} geschrieben. Zurückkommende Angebote werden im Verlauf verglichen.</translation>
    </message>
    <message>
      <source>The vault could not be read</source>
      <translation>Der Tresor konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>Nothing was written. {reason}</source>
      <translation>Es wurde nichts geschrieben. {reason}</translation>
    </message>
    <message>
      <source>Nothing was written. Add {vendor}'s public key (Edit) to send it encrypted.</source>
      <translation>Es wurde nichts geschrieben. Fügen Sie den öffentlichen Schlüssel von {vendor} hinzu (Bearbeiten), um es verschlüsselt zu senden.</translation>
    </message>
    <message>
      <source>Nothing was saved. {reason}</source>
      <translation>Es wurde nichts gespeichert. {reason}</translation>
    </message>
    <message>
      <source>Your public key was saved to {path}.</source>
      <translation>Ihr öffentlicher Schlüssel wurde in {path} gespeichert.</translation>
    </message>
    <message>
      <source>Packages go to {folder}</source>
      <translation>Pakete gehen nach {folder}</translation>
    </message>
    <message>
      <source>Import bank statements (Ctrl+I)</source>
      <translation>Kontoauszüge importieren (Strg+I)</translation>
    </message>
    <message>
      <source>Add transaction</source>
      <translation>Umsatz hinzufügen</translation>
    </message>
    <message>
      <source>Loading transactions</source>
      <translation>Umsätze werden geladen</translation>
    </message>
    <message>
      <source>No transactions match</source>
      <translation>Keine passenden Umsätze</translation>
    </message>
    <message>
      <source>Try another search, or clear the filters.</source>
      <translation>Versuchen Sie eine andere Suche oder löschen Sie die Filter.</translation>
    </message>
    <message>
      <source>Clear the filters</source>
      <translation>Filter löschen</translation>
    </message>
    <message>
      <source>No transactions</source>
      <translation>Keine Umsätze</translation>
    </message>
    <message>
      <source>The rows shown: {what}.</source>
      <translation>Die angezeigten Zeilen: {what}.</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Wohngebäude</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Hausrat</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Kfz</translation>
    </message>
    <message>
      <source>Life</source>
      <translation>Leben</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Kranken</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>Haftpflicht</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>Reise</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Berufsunfähigkeit</translation>
    </message>
    <message>
      <source>Legal aid</source>
      <translation>Rechtsschutz</translation>
    </message>
    <message>
      <source>a week</source>
      <translation>pro Woche</translation>
    </message>
    <message>
      <source>a month</source>
      <translation>pro Monat</translation>
    </message>
    <message>
      <source>a quarter</source>
      <translation>pro Quartal</translation>
    </message>
    <message>
      <source>every six months</source>
      <translation>pro Halbjahr</translation>
    </message>
    <message>
      <source>a year</source>
      <translation>pro Jahr</translation>
    </message>
    <message>
      <source>Salary</source>
      <translation>Gehalt</translation>
    </message>
    <message>
      <source>Self-employed</source>
      <translation>Selbstständig</translation>
    </message>
    <message>
      <source>Benefits</source>
      <translation>Sozialleistungen</translation>
    </message>
    <message>
      <source>Rental</source>
      <translation>Mieteinnahmen</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Aktie</translation>
    </message>
    <message>
      <source>Fund</source>
      <translation>Fonds</translation>
    </message>
    <message>
      <source>Bond</source>
      <translation>Anleihe</translation>
    </message>
    <message>
      <source>Equity</source>
      <translation>Aktien</translation>
    </message>
    <message>
      <source>Bonds</source>
      <translation>Anleihen</translation>
    </message>
    <message>
      <source>Real estate</source>
      <translation>Immobilien</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>Rohstoffe</translation>
    </message>
    <message>
      <source>Employed</source>
      <translation>Angestellt</translation>
    </message>
    <message>
      <source>Unemployed</source>
      <translation>Arbeitslos</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Im Ruhestand</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Student</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigentümer</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>Mieter</translation>
    </message>
    <message>
      <source>With family</source>
      <translation>Bei der Familie</translation>
    </message>
    <message>
      <source>Edit policy</source>
      <translation>Police bearbeiten</translation>
    </message>
    <message>
      <source>Add an insurance policy</source>
      <translation>Versicherung hinzufügen</translation>
    </message>
    <message>
      <source>Save policy</source>
      <translation>Police speichern</translation>
    </message>
    <message>
      <source>Insurer</source>
      <translation>Versicherer</translation>
    </message>
    <message>
      <source>Premium</source>
      <translation>Beitrag</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Gezahlt</translation>
    </message>
    <message>
      <source>Cover</source>
      <translation>Deckung</translation>
    </message>
    <message>
      <source>Deductible</source>
      <translation>Selbstbeteiligung</translation>
    </message>
    <message>
      <source>Renewal date</source>
      <translation>Verlängerungsdatum</translation>
    </message>
    <message>
      <source>Paid from</source>
      <translation>Bezahlt von</translation>
    </message>
    <message>
      <source>No account</source>
      <translation>Kein Konto</translation>
    </message>
    <message>
      <source>Edit income</source>
      <translation>Einkommen bearbeiten</translation>
    </message>
    <message>
      <source>Add an income source</source>
      <translation>Einkommensquelle hinzufügen</translation>
    </message>
    <message>
      <source>Save income</source>
      <translation>Einkommen speichern</translation>
    </message>
    <message>
      <source>Employer or payer</source>
      <translation>Arbeitgeber oder Zahler</translation>
    </message>
    <message>
      <source>Net amount</source>
      <translation>Nettobetrag</translation>
    </message>
    <message>
      <source>What reaches the account each time</source>
      <translation>Was jedes Mal auf dem Konto eingeht</translation>
    </message>
    <message>
      <source>Gross amount</source>
      <translation>Bruttobetrag</translation>
    </message>
    <message>
      <source>Pay day</source>
      <translation>Zahltag</translation>
    </message>
    <message>
      <source>day of the month</source>
      <translation>Tag des Monats</translation>
    </message>
    <message>
      <source>Paid into</source>
      <translation>Eingezahlt auf</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Ziel bearbeiten</translation>
    </message>
    <message>
      <source>Save goal</source>
      <translation>Ziel speichern</translation>
    </message>
    <message>
      <source>Target amount</source>
      <translation>Zielbetrag</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Zieldatum</translation>
    </message>
    <message>
      <source>Saved in</source>
      <translation>Gespart auf</translation>
    </message>
    <message>
      <source>Progress is the balance of these accounts today</source>
      <translation>Der Fortschritt ist der heutige Saldo dieser Konten</translation>
    </message>
    <message>
      <source>Edit holding</source>
      <translation>Bestand bearbeiten</translation>
    </message>
    <message>
      <source>Set a holding</source>
      <translation>Bestand festlegen</translation>
    </message>
    <message>
      <source>Save holding</source>
      <translation>Bestand speichern</translation>
    </message>
    <message>
      <source>How many units an account holds; a new symbol adds the security.</source>
      <translation>Wie viele Stück ein Konto hält; ein neues Symbol fügt das Wertpapier hinzu.</translation>
    </message>
    <message>
      <source>ISIN</source>
      <translation>ISIN</translation>
    </message>
    <message>
      <source>Asset class</source>
      <translation>Anlageklasse</translation>
    </message>
    <message>
      <source>units</source>
      <translation>Stück</translation>
    </message>
    <message>
      <source>What the units cost in total (for the gain)</source>
      <translation>Was die Stücke insgesamt gekostet haben (für den Gewinn)</translation>
    </message>
    <message>
      <source>Add a price of {symbol}</source>
      <translation>Kurs von {symbol} hinzufügen</translation>
    </message>
    <message>
      <source>Save price</source>
      <translation>Kurs speichern</translation>
    </message>
    <message>
      <source>per unit</source>
      <translation>pro Stück</translation>
    </message>
    <message>
      <source>Edit your profile</source>
      <translation>Ihr Profil bearbeiten</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>Profil speichern</translation>
    </message>
    <message>
      <source>Only what you fill in can ever be shared, and only when you choose to.</source>
      <translation>Nur was Sie ausfüllen, kann je geteilt werden, und nur wenn Sie es wählen.</translation>
    </message>
    <message>
      <source>Not filled</source>
      <translation>Nicht ausgefüllt</translation>
    </message>
    <message>
      <source>{amount} {per}</source>
      <translation>{amount} {per}</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Etwas anderes</translation>
    </message>
    <message>
      <source>No cross-selling</source>
      <translation>Kein Cross-Selling</translation>
    </message>
    <message>
      <source>No phone calls</source>
      <translation>Keine Anrufe</translation>
    </message>
    <message>
      <source>What they learn (optional)</source>
      <translation>Was sie erfahren (optional)</translation>
    </message>
    <message>
      <source>Tick facts to send with the request, at the precision you choose; nothing else about you goes with it. Facts your vault does not know cannot be ticked.</source>
      <translation>Wählen Sie Angaben aus, die mit der Anfrage gesendet werden, in der Genauigkeit Ihrer Wahl; sonst geht nichts über Sie mit. Angaben, die Ihr Tresor nicht kennt, können nicht ausgewählt werden.</translation>
    </message>
    <message>
      <source>Ask for offers</source>
      <translation>Angebote anfragen</translation>
    </message>
    <message>
      <source>Sign and write requests</source>
      <translation>Anfragen signieren und schreiben</translation>
    </message>
    <message>
      <source>One signed request goes to each vendor you tick (encrypted to those with a key). It says what you want and what you do not want, and shares only the facts you tick under “What they learn”. Offers that come back are compared in History.</source>
      <translation>Jeder Anbieter, den Sie auswählen, erhält eine signierte Anfrage (verschlüsselt für die, die einen Schlüssel haben). Sie sagt, was Sie möchten und was nicht, und teilt nur die Angaben, die Sie unter „Was sie erfahren“ auswählen. Zurückkommende Angebote werden im Verlauf verglichen.</translation>
    </message>
    <message>
      <source>What you want</source>
      <translation>Was Sie möchten</translation>
    </message>
    <message>
      <source>Kind of insurance</source>
      <translation>Art der Versicherung</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Beliebig</translation>
    </message>
    <message>
      <source>How much to borrow, save or insure, in {currency}.</source>
      <translation>Wie viel Sie leihen, sparen oder versichern möchten, in {currency}.</translation>
    </message>
    <message>
      <source>years</source>
      <translation>Jahre</translation>
    </message>
    <message>
      <source>I want</source>
      <translation>Ich möchte</translation>
    </message>
    <message>
      <source>I do not want</source>
      <translation>Ich möchte nicht</translation>
    </message>
    <message>
      <source>One per line, e.g. 10-year fixed rate</source>
      <translation>Eins pro Zeile, z. B. 10 Jahre Zinsbindung</translation>
    </message>
    <message>
      <source>One per line, e.g. no phone calls</source>
      <translation>Eins pro Zeile, z. B. keine Anrufe</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>Antwort bis</translation>
    </message>
    <message>
      <source>Vendors should answer by this day.</source>
      <translation>Anbieter sollten bis zu diesem Tag antworten.</translation>
    </message>
    <message>
      <source>Who to ask</source>
      <translation>Wen Sie fragen</translation>
    </message>
    <message>
      <source>Tick at least one.</source>
      <translation>Wählen Sie mindestens einen aus.</translation>
    </message>
    <message>
      <source>tick at least one vendor</source>
      <translation>wählen Sie mindestens einen Anbieter aus</translation>
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk);;All files (*)</source>
      <translation>cmrdesk-Tresore (*.cmrdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Welcome to cmrdesk</source>
      <translation>Willkommen bei cmrdesk</translation>
    </message>
    <message>
      <source>Your finances in one encrypted file on this computer.</source>
      <translation>Ihre Finanzen in einer verschlüsselten Datei auf diesem Computer.</translation>
    </message>
    <message>
      <source>Create a new vault</source>
      <translation>Neuen Tresor anlegen</translation>
    </message>
    <message>
      <source>Start fresh. You choose the passphrase; nobody else can open it.</source>
      <translation>Neu beginnen. Sie wählen die Passphrase; niemand sonst kann ihn öffnen.</translation>
    </message>
    <message>
      <source>Open a vault…</source>
      <translation>Tresor öffnen…</translation>
    </message>
    <message>
      <source>A .cmrdesk file you already have, from this or another computer.</source>
      <translation>Eine .cmrdesk-Datei, die Sie schon haben, von diesem oder einem anderen Computer.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Die Demo ansehen</translation>
    </message>
    <message>
      <source>A made-up household with ten years of history. Passphrase: demo.</source>
      <translation>Ein erfundener Haushalt mit zehn Jahren Historie. Passphrase: demo.</translation>
    </message>
    <message>
      <source>Recent vaults</source>
      <translation>Zuletzt geöffnete Tresore</translation>
    </message>
    <message>
      <source>Nothing leaves this computer unless you export it. No account, no cloud, no tracking.</source>
      <translation>Nichts verlässt diesen Computer, außer Sie exportieren es. Kein Konto, keine Cloud, kein Tracking.</translation>
    </message>
    <message>
      <source>Open recent vault {name}</source>
      <translation>Zuletzt geöffneten Tresor {name} öffnen</translation>
    </message>
    <message>
      <source>Unlock your vault</source>
      <translation>Tresor entsperren</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Enter the passphrase of this vault</source>
      <translation>Geben Sie die Passphrase dieses Tresors ein</translation>
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation>Passphrase anzeigen</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <source>Choose another vault</source>
      <translation>Anderen Tresor wählen</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <source>Enter the passphrase first.</source>
      <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
      <source>Deriving the key from your passphrase…</source>
      <translation>Schlüssel wird aus Ihrer Passphrase abgeleitet…</translation>
    </message>
    <message>
      <source>Everything you add is stored in this one file, encrypted with a key made from your passphrase.</source>
      <translation>Alles, was Sie hinzufügen, wird in dieser einen Datei gespeichert, verschlüsselt mit einem Schlüssel aus Ihrer Passphrase.</translation>
    </message>
    <message>
      <source>Where the vault file will live</source>
      <translation>Wo die Tresordatei liegen wird</translation>
    </message>
    <message>
      <source>Choose where to save the vault</source>
      <translation>Wählen Sie, wo der Tresor gespeichert wird</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Currency for totals</source>
      <translation>Währung für Summen</translation>
    </message>
    <message>
      <source>Show totals in</source>
      <translation>Summen anzeigen in</translation>
    </message>
    <message>
      <source>There is no way to recover a forgotten passphrase: write it down and keep it somewhere safe.</source>
      <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Schreiben Sie sie auf und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Tresor anlegen</translation>
    </message>
    <message>
      <source>Where should the vault live?</source>
      <translation>Wo soll der Tresor liegen?</translation>
    </message>
    <message>
      <source>Open a vault</source>
      <translation>Einen Tresor öffnen</translation>
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk)</source>
      <translation>cmrdesk-Tresore (*.cmrdesk)</translation>
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation>Eine Sicherungskopie speichern</translation>
    </message>
    <message>
      <source>Folder for automatic backups</source>
      <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault; it opens with the passphrase the vault had when the copy was made.</source>
      <translation>Eine Sicherung ist eine verschlüsselte Kopie des ganzen Tresors; sie öffnet sich mit der Passphrase, die der Tresor beim Erstellen der Kopie hatte.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Jetzt sichern…</translation>
    </message>
    <message>
      <source>Save an encrypted copy of the vault now</source>
      <translation>Jetzt eine verschlüsselte Kopie des Tresors speichern</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
      <source>Open a backup copy in a new window</source>
      <translation>Eine Sicherungskopie in einem neuen Fenster öffnen</translation>
    </message>
    <message>
      <source>Back up automatically before each import and once a day</source>
      <translation>Automatisch vor jedem Import und einmal täglich sichern</translation>
    </message>
    <message>
      <source>No folder chosen</source>
      <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
      <source>Choose the folder for automatic backups</source>
      <translation>Wählen Sie den Ordner für automatische Sicherungen</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source> backups</source>
      <translation> Sicherungen</translation>
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation>Wie viele automatische Sicherungen behalten werden</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Die neuesten behalten</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
      <source>{count} automatic backups in the folder; newest {when} ({name})</source>
      <translation>{count} automatische Sicherungen im Ordner; neueste {when} ({name})</translation>
    </message>
    <message>
      <source>No automatic backup in this folder yet.</source>
      <translation>Noch keine automatische Sicherung in diesem Ordner.</translation>
    </message>
    <message>
      <source>Automatic backups are off until you choose a folder.</source>
      <translation>Automatische Sicherungen sind aus, bis Sie einen Ordner wählen.</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
      <source>Copying the backup…</source>
      <translation>Sicherung wird kopiert…</translation>
    </message>
    <message>
      <source>The backup was copied to {path} and opens in a new window; this vault is unchanged.</source>
      <translation>Die Sicherung wurde nach {path} kopiert und öffnet sich in einem neuen Fenster; dieser Tresor ist unverändert.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Die Passphrase ändern</translation>
    </message>
    <message>
      <source>The vault is re-encrypted under a key made from the new passphrase, in one step: if anything fails, the old passphrase still opens it. Backups made before keep the passphrase they were made with.</source>
      <translation>Der Tresor wird in einem Schritt mit einem Schlüssel aus der neuen Passphrase neu verschlüsselt: Geht etwas schief, öffnet ihn die alte Passphrase weiterhin. Frühere Sicherungen behalten die Passphrase, mit der sie erstellt wurden.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Re-encrypting the vault…</source>
      <translation>Tresor wird neu verschlüsselt…</translation>
    </message>
    <message>
      <source>Advice compares your rates with public figures: ECB interest and exchange rates and Eurostat inflation. cmrdesk ships a dated copy; updating asks the ECB and Eurostat for the newest ones over HTTPS and sends nothing about you.</source>
      <translation>Die Ratschläge vergleichen Ihre Zinssätze mit öffentlichen Werten: Zinsen und Wechselkurse der EZB und Inflation von Eurostat. cmrdesk liefert eine datierte Kopie mit; beim Aktualisieren werden EZB und Eurostat über HTTPS nach den neuesten gefragt, ohne etwas über Sie zu senden.</translation>
    </message>
    <message>
      <source>Allow fetching public market data when I press Update</source>
      <translation>Abruf öffentlicher Marktdaten erlauben, wenn ich auf Aktualisieren klicke</translation>
    </message>
    <message>
      <source>Update market data</source>
      <translation>Marktdaten aktualisieren</translation>
    </message>
    <message>
      <source>Fetch the newest public market data now</source>
      <translation>Jetzt die neuesten öffentlichen Marktdaten abrufen</translation>
    </message>
    <message>
      <source>Never updated: advice uses the figures shipped with cmrdesk, each named with its date.</source>
      <translation>Nie aktualisiert: Die Ratschläge verwenden die mit cmrdesk gelieferten Werte, jeweils mit Datum.</translation>
    </message>
    <message>
      <source>Last updated {when} UTC: {count} series, {new} new and {updated} updated figures; the newest is of {newest}.</source>
      <translation>Zuletzt aktualisiert {when} UTC: {count} Reihen, {new} neue und {updated} aktualisierte Werte; der neueste ist vom {newest}.</translation>
    </message>
    <message>
      <source>Fetching from the ECB and Eurostat…</source>
      <translation>Abruf bei EZB und Eurostat…</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>1. Who receives it</source>
      <translation>1. Wer es erhält</translation>
    </message>
    <message>
      <source>New vendor…</source>
      <translation>Neuer Anbieter…</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <source>Saved choices for this vendor</source>
      <translation>Gespeicherte Auswahl für diesen Anbieter</translation>
    </message>
    <message>
      <source>Save these choices…</source>
      <translation>Diese Auswahl speichern…</translation>
    </message>
    <message>
      <source>Saved choices</source>
      <translation>Gespeicherte Auswahl</translation>
    </message>
    <message>
      <source>2. Why</source>
      <translation>2. Warum</translation>
    </message>
    <message>
      <source>— choose a purpose —</source>
      <translation>— Zweck wählen —</translation>
    </message>
    <message>
      <source>In your own words, what it is for</source>
      <translation>In eigenen Worten, wofür es ist</translation>
    </message>
    <message>
      <source>Purpose in your own words</source>
      <translation>Zweck in eigenen Worten</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Choosing a purpose ticks the fields it usually needs, at the least revealing precision that answers it. Fields your vault does not know are never ticked.</source>
      <translation>Die Wahl eines Zwecks wählt die Felder aus, die er meist braucht, mit der am wenigsten verratenden Genauigkeit, die ausreicht. Felder, die Ihr Tresor nicht kennt, werden nie ausgewählt.</translation>
    </message>
    <message>
      <source>3. What they learn</source>
      <translation>3. Was sie erfahren</translation>
    </message>
    <message>
      <source>4. On your terms</source>
      <translation>4. Zu Ihren Bedingungen</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source>Delete after</source>
      <translation>Löschen nach</translation>
    </message>
    <message>
      <source>Law that applies (country code)</source>
      <translation>Anwendbares Recht (Ländercode)</translation>
    </message>
    <message>
      <source>Law of (country code)</source>
      <translation>Recht von (Ländercode)</translation>
    </message>
    <message>
      <source>They may pass it on to third parties</source>
      <translation>Sie dürfen es an Dritte weitergeben</translation>
    </message>
    <message>
      <source>They may profile or score me beyond this purpose</source>
      <translation>Sie dürfen mich über diesen Zweck hinaus profilieren oder bewerten</translation>
    </message>
    <message>
      <source>They may use it for marketing</source>
      <translation>Sie dürfen es für Werbung verwenden</translation>
    </message>
    <message>
      <source>They must delete it when I ask</source>
      <translation>Sie müssen es löschen, wenn ich darum bitte</translation>
    </message>
    <message>
      <source>5. What you want from them</source>
      <translation>5. Was Sie von ihnen möchten</translation>
    </message>
    <message>
      <source>e.g. fixed-rate mortgage offers up to 250,000 over 10–15 years; no credit cards</source>
      <translation>z. B. Angebote für Festzins-Hypotheken bis 250.000 über 10–15 Jahre; keine Kreditkarten</translation>
    </message>
    <message>
      <source>What you want from them</source>
      <translation>Was Sie von ihnen möchten</translation>
    </message>
    <message>
      <source>Contact me by</source>
      <translation>Kontakt per</translation>
    </message>
    <message>
      <source>Your signing key</source>
      <translation>Ihr Signaturschlüssel</translation>
    </message>
    <message>
      <source>Save your public key for a vendor to pin…</source>
      <translation>Ihren öffentlichen Schlüssel speichern, damit ein Anbieter ihn hinterlegen kann…</translation>
    </message>
    <message>
      <source>— choose who receives it —</source>
      <translation>— Empfänger wählen —</translation>
    </message>
    <message>
      <source>Nothing is ticked until you choose who receives it.</source>
      <translation>Nichts ist ausgewählt, bis Sie wählen, wer es erhält.</translation>
    </message>
    <message>
      <source>no public key: packages are signed, not encrypted, and anyone who gets them can read them</source>
      <translation>kein öffentlicher Schlüssel: Pakete werden signiert, nicht verschlüsselt, und jeder, der sie bekommt, kann sie lesen</translation>
    </message>
    <message>
      <source>encrypted to their key {key}</source>
      <translation>verschlüsselt mit ihrem Schlüssel {key}</translation>
    </message>
    <message>
      <source>their {curve} key signs only: packages are not encrypted</source>
      <translation>ihr {curve}-Schlüssel signiert nur: Pakete werden nicht verschlüsselt</translation>
    </message>
    <message>
      <source>None saved</source>
      <translation>Keine gespeichert</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— wählen —</translation>
    </message>
    <message>
      <source>Every package is signed with your {key}. Vendors can pin this fingerprint to know later packages come from you.</source>
      <translation>Jedes Paket wird mit Ihrem {key} signiert. Anbieter können diesen Fingerabdruck hinterlegen, um später zu wissen, dass Pakete von Ihnen kommen.</translation>
    </message>
    <message>
      <source>choose a vendor</source>
      <translation>wählen Sie einen Anbieter</translation>
    </message>
    <message>
      <source>choose a purpose under “2. Why”</source>
      <translation>wählen Sie einen Zweck unter „2. Warum“</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Landlord</source>
      <translation>Vermieter</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>Berater</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Arbeitgeber</translation>
    </message>
    <message>
      <source>Edit vendor</source>
      <translation>Anbieter bearbeiten</translation>
    </message>
    <message>
      <source>New vendor</source>
      <translation>Neuer Anbieter</translation>
    </message>
    <message>
      <source>e.g. De Hypotheker Utrecht</source>
      <translation>z. B. De Hypotheker Utrecht</translation>
    </message>
    <message>
      <source>where drafts about disclosures go</source>
      <translation>wohin Entwürfe zu Offenlegungen gehen</translation>
    </message>
    <message>
      <source>Paste their public key (JWK or PEM), or load it from a file. Without one, packages are signed but not encrypted.</source>
      <translation>Fügen Sie ihren öffentlichen Schlüssel ein (JWK oder PEM) oder laden Sie ihn aus einer Datei. Ohne ihn werden Pakete signiert, aber nicht verschlüsselt.</translation>
    </message>
    <message>
      <source>Load key from file…</source>
      <translation>Schlüssel aus Datei laden…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
      <source>Optional: their offer-signing key (sign-public.jwk), to verify offers they send</source>
      <translation>Optional: ihr Schlüssel zum Signieren von Angeboten (sign-public.jwk), um ihre Angebote zu prüfen</translation>
    </message>
    <message>
      <source>Offer-signing key</source>
      <translation>Angebotsschlüssel</translation>
    </message>
    <message>
      <source>Signs offers with</source>
      <translation>Signiert Angebote mit</translation>
    </message>
    <message>
      <source>Fingerprint to compare</source>
      <translation>Fingerabdruck zum Vergleichen</translation>
    </message>
    <message>
      <source>Fingerprint of their key</source>
      <translation>Fingerabdruck ihres Schlüssels</translation>
    </message>
    <message>
      <source>Fingerprint to compare: {key}</source>
      <translation>Fingerabdruck zum Vergleichen: {key}</translation>
    </message>
    <message>
      <source>No key: packages will be signed, not encrypted, and anyone who gets them can read them.</source>
      <translation>Kein Schlüssel: Pakete werden signiert, nicht verschlüsselt, und jeder, der sie bekommt, kann sie lesen.</translation>
    </message>
    <message>
      <source>Packages will be encrypted to this key.</source>
      <translation>Pakete werden mit diesem Schlüssel verschlüsselt.</translation>
    </message>
    <message>
      <source>A signing key: packages will be signed, not encrypted.</source>
      <translation>Ein Signaturschlüssel: Pakete werden signiert, nicht verschlüsselt.</translation>
    </message>
    <message>
      <source>{what} Compare the fingerprint above with the one the vendor gave you before you save.</source>
      <translation>{what} Vergleichen Sie den Fingerabdruck oben vor dem Speichern mit dem, den der Anbieter Ihnen gegeben hat.</translation>
    </message>
    <message>
      <source>Vendor's public key</source>
      <translation>Öffentlicher Schlüssel des Anbieters</translation>
    </message>
    <message>
      <source>Keys (*.jwk *.json *.pem *.pub);;All files (*)</source>
      <translation>Schlüssel (*.jwk *.json *.pem *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>give the vendor a name</source>
      <translation>geben Sie dem Anbieter einen Namen</translation>
    </message>
    <message>
      <source>Yes/no: at least</source>
      <translation>Ja/Nein: mindestens</translation>
    </message>
    <message>
      <source>Range of width</source>
      <translation>Bereich der Breite</translation>
    </message>
    <message>
      <source>Rounded to</source>
      <translation>Gerundet auf</translation>
    </message>
    <message>
      <source>How precisely to share “{label}”</source>
      <translation>Wie genau „{label}“ geteilt wird</translation>
    </message>
    <message>
      <source>Now: {value}</source>
      <translation>Jetzt: {value}</translation>
    </message>
    <message>
      <source>Kind of precision</source>
      <translation>Art der Genauigkeit</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Zahl</translation>
    </message>
    <message>
      <source>The vendor will see:</source>
      <translation>Der Anbieter sieht:</translation>
    </message>
    <message>
      <source>Enter a number above zero.</source>
      <translation>Geben Sie eine Zahl über null ein.</translation>
    </message>
    <message>
      <source>Send a readable package?</source>
      <translation>Ein lesbares Paket senden?</translation>
    </message>
    <message>
      <source>{vendor} has given no key to encrypt to, so this package will be signed but not encrypted: anyone who gets the files — by a forwarded e-mail, a shared folder or a lost USB stick — can read every field in it.</source>
      <translation>{vendor} hat keinen Schlüssel zum Verschlüsseln angegeben, daher wird dieses Paket signiert, aber nicht verschlüsselt: Jeder, der die Dateien bekommt – über eine weitergeleitete E-Mail, einen geteilten Ordner oder einen verlorenen USB-Stick –, kann jedes Feld darin lesen.</translation>
    </message>
    <message>
      <source>Is a readable package what you want? To send it encrypted, cancel and add their public key with “Edit”.</source>
      <translation>Wollen Sie ein lesbares Paket? Um es verschlüsselt zu senden, brechen Sie ab und fügen Sie ihren öffentlichen Schlüssel mit „Bearbeiten“ hinzu.</translation>
    </message>
    <message>
      <source>Export readable package</source>
      <translation>Lesbares Paket exportieren</translation>
    </message>
    <message>
      <source>Save these choices</source>
      <translation>Diese Auswahl speichern</translation>
    </message>
    <message>
      <source>Name (for example the purpose):</source>
      <translation>Name (zum Beispiel der Zweck):</translation>
    </message>
    <message>
      <source>Where packages go</source>
      <translation>Wohin Pakete gehen</translation>
    </message>
    <message>
      <source>Save your public key</source>
      <translation>Ihren öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
      <source>JSON Web Key (*.jwk)</source>
      <translation>JSON Web Key (*.jwk)</translation>
    </message>
    <message>
      <source>Vendor “{name}” saved.</source>
      <translation>Anbieter „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>{n} field(s) of “{name}” are not known in your vault today; they are left out.</source>
      <translation>{n} Feld(er) von „{name}“ sind heute in Ihrem Tresor nicht bekannt; sie werden ausgelassen.</translation>
    </message>
    <message>
      <source>Choose a vendor</source>
      <translation>Wählen Sie einen Anbieter</translation>
    </message>
    <message>
      <source>Pick who receives it first: nothing is ticked until then.</source>
      <translation>Wählen Sie zuerst, wer es erhält: Bis dahin ist nichts ausgewählt.</translation>
    </message>
    <message>
      <source>This cannot be shared yet</source>
      <translation>Dies kann noch nicht geteilt werden</translation>
    </message>
    <message>
      <source>No field ticked</source>
      <translation>Kein Feld ausgewählt</translation>
    </message>
    <message>
      <source>Tick the fields they need. Unticked fields are not in the package at all.</source>
      <translation>Wählen Sie die Felder, die sie brauchen. Nicht ausgewählte Felder sind gar nicht im Paket.</translation>
    </message>
    <message>
      <source>Signing and writing the package…</source>
      <translation>Paket wird signiert und geschrieben…</translation>
    </message>
    <message>
      <source>signed and encrypted</source>
      <translation>signiert und verschlüsselt</translation>
    </message>
    <message>
      <source>signed</source>
      <translation>signiert</translation>
    </message>
    <message>
      <source>Exported, {how}: {path}. A receipt is in History.</source>
      <translation>Exportiert, {how}: {path}. Eine Quittung liegt im Verlauf.</translation>
    </message>
    <message>
      <source>Saved as “{name}”: next time, choosing this vendor fills it in with that day's figures.</source>
      <translation>Gespeichert als „{name}“: Wenn Sie diesen Anbieter das nächste Mal wählen, wird es mit den Werten jenes Tages ausgefüllt.</translation>
    </message>
    <message>
      <source>They see</source>
      <translation>Sie sehen</translation>
    </message>
    <message>
      <source>Preview of what the vendor receives</source>
      <translation>Vorschau dessen, was der Anbieter erhält</translation>
    </message>
    <message>
      <source>What leaves this computer</source>
      <translation>Was diesen Computer verlässt</translation>
    </message>
    <message>
      <source>Fields as the vendor sees them</source>
      <translation>Felder, wie der Anbieter sie sieht</translation>
    </message>
    <message>
      <source>Their terms of use</source>
      <translation>Ihre Nutzungsbedingungen</translation>
    </message>
    <message>
      <source>What you ask for</source>
      <translation>Was Sie anfragen</translation>
    </message>
    <message>
      <source>The package</source>
      <translation>Das Paket</translation>
    </message>
    <message>
      <source>Show the signed data (JSON)</source>
      <translation>Die signierten Daten anzeigen (JSON)</translation>
    </message>
    <message>
      <source>The disclosure as signed JSON</source>
      <translation>Die Offenlegung als signiertes JSON</translation>
    </message>
    <message>
      <source>Nothing to preview yet</source>
      <translation>Noch nichts zur Vorschau</translation>
    </message>
    <message>
      <source>Choose a vendor and tick at least one field. The preview shows, word for word, what they will receive.</source>
      <translation>Wählen Sie einen Anbieter und mindestens ein Feld. Die Vorschau zeigt Wort für Wort, was er erhält.</translation>
    </message>
    <message>
      <source>To &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation>An &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Signed with your key ({signer} …) and encrypted to their {curve} key ({theirs} …): only they can read it.</source>
      <translation>Signiert mit Ihrem Schlüssel ({signer} …) und verschlüsselt mit ihrem {curve}-Schlüssel ({theirs} …): Nur sie können es lesen.</translation>
    </message>
    <message>
      <source>Signed with your key ({signer} …), not encrypted: anyone who gets the files can read them.</source>
      <translation>Signiert mit Ihrem Schlüssel ({signer} …), nicht verschlüsselt: Jeder, der die Dateien bekommt, kann sie lesen.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt;: {text}</source>
      <translation>&lt;b&gt;{kind}&lt;/b&gt;: {text}</translation>
    </message>
    <message>
      <source>(no description)</source>
      <translation>(keine Beschreibung)</translation>
    </message>
    <message>
      <source>Figures as of {as_of} · valid until {expires}</source>
      <translation>Werte zum {as_of} · gültig bis {expires}</translation>
    </message>
    <message>
      <source>Contact me by: {ways}</source>
      <translation>Kontakt per: {ways}</translation>
    </message>
    <message>
      <source>(nothing asked)</source>
      <translation>(nichts angefragt)</translation>
    </message>
    <message>
      <source>Folder “{folder}” with {files}. {count}.</source>
      <translation>Ordner „{folder}“ mit {files}. {count}.</translation>
    </message>
    <message>
      <source>Hide the signed data</source>
      <translation>Die signierten Daten ausblenden</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <source>Lock the vault (Ctrl+L)</source>
      <translation>Den Tresor sperren (Strg+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>Den Tresor sperren</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Stärke</translation>
    </message>
    <message>
      <source>Very weak</source>
      <translation>Sehr schwach</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Schwach</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Ausreichend</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Stark</translation>
    </message>
    <message>
      <source>Very strong</source>
      <translation>Sehr stark</translation>
    </message>
    <message>
      <source>Four or more unrelated words make a strong, memorable passphrase.</source>
      <translation>Vier oder mehr unzusammenhängende Wörter ergeben eine starke, einprägsame Passphrase.</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>Gut.</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (at least “Fair”).</source>
      <translation>Wählen Sie eine stärkere Passphrase (mindestens „Ausreichend“).</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Edit transaction</source>
      <translation>Umsatz bearbeiten</translation>
    </message>
    <message>
      <source>Add a transaction</source>
      <translation>Einen Umsatz hinzufügen</translation>
    </message>
    <message>
      <source>Money out is negative: -12.50</source>
      <translation>Ausgehendes Geld ist negativ: -12,50</translation>
    </message>
    <message>
      <source>Transfer to another own account</source>
      <translation>Umbuchung auf ein anderes eigenes Konto</translation>
    </message>
    <message>
      <source>Other account</source>
      <translation>Anderes Konto</translation>
    </message>
    <message>
      <source>Books {this} on {here} and {that} on {other}.</source>
      <translation>Bucht {this} auf {here} und {that} auf {other}.</translation>
    </message>
    <message>
      <source>No other open account in this currency.</source>
      <translation>Kein anderes offenes Konto in dieser Währung.</translation>
    </message>
    <message>
      <source>Add an account first: every transaction belongs to one.</source>
      <translation>Fügen Sie zuerst ein Konto hinzu: Jeder Umsatz gehört zu einem.</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Vorschlag</translation>
    </message>
    <message>
      <source>As the bank wrote it: {text}</source>
      <translation>Wie die Bank es schrieb: {text}</translation>
    </message>
    <message>
      <source>A move between your own accounts</source>
      <translation>Eine Umbuchung zwischen Ihren eigenen Konten</translation>
    </message>
    <message>
      <source>Reconciled with a bank statement</source>
      <translation>Mit einem Kontoauszug abgeglichen</translation>
    </message>
    <message>
      <source>Split over several categories: open Split… to see the parts</source>
      <translation>Auf mehrere Kategorien aufgeteilt: Öffnen Sie Aufteilen…, um die Teile zu sehen</translation>
    </message>
    <message>
      <source>change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Pot statements</source>
      <translation>Standmitteilungen</translation>
    </message>
    <message>
      <source>Valuations</source>
      <translation>Bewertungen</translation>
    </message>
    <message>
      <source>The value on a date, from a statement or an appraisal; the latest one is the balance.</source>
      <translation>Der Wert an einem Datum, aus einer Mitteilung oder einem Gutachten; der letzte ist der Saldo.</translation>
    </message>
    <message>
      <source>Valuation date</source>
      <translation>Bewertungsdatum</translation>
    </message>
    <message>
      <source>Value in {currency}</source>
      <translation>Wert in {currency}</translation>
    </message>
    <message>
      <source>Source (statement, appraisal)</source>
      <translation>Quelle (Mitteilung, Gutachten)</translation>
    </message>
    <message>
      <source>3M</source>
      <translation>3M</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Dieses Jahr</translation>
    </message>
    <message>
      <source>12M</source>
      <translation>12M</translation>
    </message>
    <message>
      <source>5Y</source>
      <translation>5J</translation>
    </message>
    <message>
      <source>Custom…</source>
      <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Letzte 3 Monate</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Letzte 12 Monate</translation>
    </message>
    <message>
      <source>Last 5 years</source>
      <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
      <source>Creating your vault…</source>
      <translation>Ihr Tresor wird angelegt…</translation>
    </message>
    <message>
      <source>Opening the demo household…</source>
      <translation>Demo-Haushalt wird geöffnet…</translation>
    </message>
    <message>
      <source>Creating the demo household: ten years of made-up history…</source>
      <translation>Demo-Haushalt wird angelegt: zehn Jahre erfundene Historie…</translation>
    </message>
    <message>
      <source>Locked. Enter your passphrase to continue.</source>
      <translation>Gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
      <source>Locked after {minutes} idle minutes. Enter your passphrase to continue.</source>
      <translation>Nach {minutes} Minuten Inaktivität gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
      <source>{n} month old</source>
      <translation>{n} Monat alt</translation>
    </message>
    <message>
      <source>{n} months old</source>
      <translation>{n} Monate alt</translation>
    </message>
    <message>
      <source>Show {n} more</source>
      <translation>{n} weitere anzeigen</translation>
    </message>
    <message>
      <source>Assets</source>
      <translation>Vermögen</translation>
    </message>
    <message>
      <source>{share} of assets</source>
      <translation>{share} des Vermögens</translation>
    </message>
    <message>
      <source>Renews tomorrow</source>
      <translation>Verlängert sich morgen</translation>
    </message>
    <message>
      <source>Renews in {n} days</source>
      <translation>Verlängert sich in {n} Tagen</translation>
    </message>
    <message>
      <source>Show the {n} field that stayed the same</source>
      <translation>Das {n} unveränderte Feld anzeigen</translation>
    </message>
    <message>
      <source>Show the {n} fields that stayed the same</source>
      <translation>Die {n} unveränderten Felder anzeigen</translation>
    </message>
    <message>
      <source>{n} field</source>
      <translation>{n} Feld</translation>
    </message>
    <message>
      <source>{n} fields</source>
      <translation>{n} Felder</translation>
    </message>
    <message>
      <source>{n} expired</source>
      <translation>{n} abgelaufen</translation>
    </message>
    <message>
      <source>{n} disclosure</source>
      <translation>{n} Offenlegung</translation>
    </message>
    <message>
      <source>{n} disclosures</source>
      <translation>{n} Offenlegungen</translation>
    </message>
    <message>
      <source>{n} disclosure has expired.</source>
      <translation>{n} Offenlegung ist abgelaufen.</translation>
    </message>
    <message>
      <source>{n} disclosures have expired.</source>
      <translation>{n} Offenlegungen sind abgelaufen.</translation>
    </message>
    <message>
      <source>{n} day left</source>
      <translation>{n} Tag übrig</translation>
    </message>
    <message>
      <source>{n} days left</source>
      <translation>{n} Tage übrig</translation>
    </message>
    <message>
      <source>{n} file to import</source>
      <translation>{n} Datei zum Importieren</translation>
    </message>
    <message>
      <source>{n} files to import</source>
      <translation>{n} Dateien zum Importieren</translation>
    </message>
    <message>
      <source>{n} statement</source>
      <translation>{n} Kontoauszug</translation>
    </message>
    <message>
      <source>{n} statements</source>
      <translation>{n} Kontoauszüge</translation>
    </message>
    <message>
      <source>{n} left out</source>
      <translation>{n} ausgelassen</translation>
    </message>
    <message>
      <source>{n} file</source>
      <translation>{n} Datei</translation>
    </message>
    <message>
      <source>{n} files</source>
      <translation>{n} Dateien</translation>
    </message>
    <message>
      <source>{n} new</source>
      <translation>{n} neu</translation>
    </message>
    <message>
      <source>{n} duplicate</source>
      <translation>{n} Duplikat</translation>
    </message>
    <message>
      <source>{n} duplicates</source>
      <translation>{n} Duplikate</translation>
    </message>
    <message>
      <source>{n} pending (skipped)</source>
      <translation>{n} ausstehend (übersprungen)</translation>
    </message>
    <message>
      <source>{n} new transaction</source>
      <translation>{n} neuer Umsatz</translation>
    </message>
    <message>
      <source>{n} new transactions</source>
      <translation>{n} neue Umsätze</translation>
    </message>
    <message>
      <source>Reconciled: {n} transaction marked</source>
      <translation>Abgeglichen: {n} Umsatz markiert</translation>
    </message>
    <message>
      <source>Reconciled: {n} transactions marked</source>
      <translation>Abgeglichen: {n} Umsätze markiert</translation>
    </message>
    <message>
      <source>Exported {n} transaction to {file}</source>
      <translation>{n} Umsatz nach {file} exportiert</translation>
    </message>
    <message>
      <source>Exported {n} transactions to {file}</source>
      <translation>{n} Umsätze nach {file} exportiert</translation>
    </message>
    <message>
      <source>{n} suggestion turned down</source>
      <translation>{n} Vorschlag abgelehnt</translation>
    </message>
    <message>
      <source>{n} suggestions turned down</source>
      <translation>{n} Vorschläge abgelehnt</translation>
    </message>
    <message>
      <source>{n} row not yet reconciled</source>
      <translation>{n} Zeile noch nicht abgeglichen</translation>
    </message>
    <message>
      <source>{n} rows not yet reconciled</source>
      <translation>{n} Zeilen noch nicht abgeglichen</translation>
    </message>
    <message>
      <source>{n} past transaction matches</source>
      <translation>{n} früherer Umsatz passt</translation>
    </message>
    <message>
      <source>{n} past transactions match</source>
      <translation>{n} frühere Umsätze passen</translation>
    </message>
    <message>
      <source>{n} would change</source>
      <translation>zu ändern: {n}</translation>
    </message>
    <message>
      <source>{n} month</source>
      <translation>{n} Monat</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} Monate</translation>
    </message>
    <message>
      <source>{n} request for offers</source>
      <translation>{n} Angebotsanfrage</translation>
    </message>
    <message>
      <source>{n} requests for offers</source>
      <translation>{n} Angebotsanfragen</translation>
    </message>
    <message>
      <source>{n} year</source>
      <translation>{n} Jahr</translation>
    </message>
    <message>
      <source>{n} years</source>
      <translation>{n} Jahre</translation>
    </message>
    <message>
      <source>{n} account</source>
      <translation>{n} Konto</translation>
    </message>
    <message>
      <source>{n} accounts</source>
      <translation>{n} Konten</translation>
    </message>
    <message>
      <source>The bank data disagrees with {n} figure you keyed in: see below.</source>
      <translation>Die Bankdaten weichen von {n} eingegebenen Wert ab: siehe unten.</translation>
    </message>
    <message>
      <source>The bank data disagrees with {n} figures you keyed in: see below.</source>
      <translation>Die Bankdaten weichen von {n} eingegebenen Werten ab: siehe unten.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <source>{n} vendor</source>
      <translation>{n} Anbieter</translation>
    </message>
    <message>
      <source>{n} vendors</source>
      <translation>{n} Anbieter</translation>
    </message>
    <message>
      <source>{n} has expired: ask for it to be deleted.</source>
      <translation>{n} ist abgelaufen: Bitten Sie um Löschung.</translation>
    </message>
    <message>
      <source>{n} have expired: ask for them to be deleted.</source>
      <translation>{n} sind abgelaufen: Bitten Sie um Löschung.</translation>
    </message>
    <message>
      <source>{n} benchmark is more than 3 months old; advice that cites it says so.</source>
      <translation>{n} Richtwert ist älter als 3 Monate; Ratschläge, die ihn nennen, sagen das dazu.</translation>
    </message>
    <message>
      <source>{n} benchmarks are more than 3 months old; advice that cites them says so.</source>
      <translation>{n} Richtwerte sind älter als 3 Monate; Ratschläge, die sie nennen, sagen das dazu.</translation>
    </message>
    <message>
      <source>{n} minute</source>
      <translation>{n} Minute</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} Minuten</translation>
    </message>
    <message>
      <source>{n} transaction</source>
      <translation>{n} Umsatz</translation>
    </message>
    <message>
      <source>{n} transactions</source>
      <translation>{n} Umsätze</translation>
    </message>
    <message>
      <source>where</source>
      <translation>mit</translation>
    </message>
    <message>
      <source>total</source>
      <translation>gesamt</translation>
    </message>
    <message>
      <source>encrypted</source>
      <translation>verschlüsselt</translation>
    </message>
    <message>
      <source>signed, not encrypted</source>
      <translation>signiert, nicht verschlüsselt</translation>
    </message>
  </context>
</TS>
