<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>cmrdesk</name>
    <message>
      <source>Bank statements (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)</source>
      <translation>Bankafschriften (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)</translation>
    </message>
    <message>
      <source>Import statements</source>
      <translation>Afschriften importeren</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Delete '{name}' and {what} with it? Policies, income and goals that name it are kept. Edit &gt; Undo brings it all back.</source>
      <translation>'{name}' verwijderen, en {what} ermee? Polissen, inkomsten en doelen die ernaar verwijzen blijven bewaard. Bewerken &gt; Ongedaan maken zet alles terug.</translation>
    </message>
    <message>
      <source>Delete account</source>
      <translation>Rekening verwijderen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Betalen</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Sparen</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>Creditcard</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Lening</translation>
    </message>
    <message>
      <source>Mortgage</source>
      <translation>Hypotheek</translation>
    </message>
    <message>
      <source>Brokerage</source>
      <translation>Beleggen</translation>
    </message>
    <message>
      <source>Pension</source>
      <translation>Pensioen</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Contant</translation>
    </message>
    <message>
      <source>Property</source>
      <translation>Vastgoed</translation>
    </message>
    <message>
      <source>Other asset</source>
      <translation>Overige bezitting</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>{name} bewerken</translation>
    </message>
    <message>
      <source>Add an account</source>
      <translation>Rekening toevoegen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Add account</source>
      <translation>Rekening toevoegen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>e.g. ING Checking</source>
      <translation>bijv. ING Betaalrekening</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Valuta</translation>
    </message>
    <message>
      <source>Three letters, ISO 4217 (EUR, USD, GBP…)</source>
      <translation>Drie letters, ISO 4217 (EUR, USD, GBP…)</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Instelling</translation>
    </message>
    <message>
      <source>Bank or provider</source>
      <translation>Bank of aanbieder</translation>
    </message>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Rekeningnummer</translation>
    </message>
    <message>
      <source>Opening balance</source>
      <translation>Beginsaldo</translation>
    </message>
    <message>
      <source>The balance before the first transaction; what you owe is negative.</source>
      <translation>Het saldo vóór de eerste transactie; wat je schuldig bent is negatief.</translation>
    </message>
    <message>
      <source>Opening date</source>
      <translation>Begindatum</translation>
    </message>
    <message>
      <source>The day of the opening balance</source>
      <translation>De dag van het beginsaldo</translation>
    </message>
    <message>
      <source>Interest rate, % a year</source>
      <translation>Rente, % per jaar</translation>
    </message>
    <message>
      <source>Credit limit</source>
      <translation>Kredietlimiet</translation>
    </message>
    <message>
      <source>APR, % a year</source>
      <translation>Effectieve jaarrente, %</translation>
    </message>
    <message>
      <source>Charged on what is carried over</source>
      <translation>Berekend over wat wordt doorgeschoven</translation>
    </message>
    <message>
      <source>Amount borrowed</source>
      <translation>Geleend bedrag</translation>
    </message>
    <message>
      <source>Rate fixed until</source>
      <translation>Rentevast tot</translation>
    </message>
    <message>
      <source>Term ends</source>
      <translation>Looptijd eindigt</translation>
    </message>
    <message>
      <source>Monthly payment</source>
      <translation>Maandbedrag</translation>
    </message>
    <message>
      <source>Own contributions</source>
      <translation>Eigen inleg</translation>
    </message>
    <message>
      <source>Paid in by you, a year</source>
      <translation>Door jou ingelegd, per jaar</translation>
    </message>
    <message>
      <source>Employer contributions</source>
      <translation>Werkgeversbijdrage</translation>
    </message>
    <message>
      <source>Paid in by your employer, a year</source>
      <translation>Door je werkgever ingelegd, per jaar</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Securities held in this account are keyed in on the Holdings page.</source>
      <translation>Effecten op deze rekening voer je in op de pagina Beleggingen.</translation>
    </message>
    <message>
      <source>Open its holdings</source>
      <translation>Beleggingen openen</translation>
    </message>
    <message>
      <source>Save the account first</source>
      <translation>Sla de rekening eerst op</translation>
    </message>
    <message>
      <source>There is no Holdings page yet</source>
      <translation>Er is nog geen pagina Beleggingen</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Aanbieder</translation>
    </message>
    <message>
      <source>Lender</source>
      <translation>Geldverstrekker</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Startdatum</translation>
    </message>
    <message>
      <source>Liquid money</source>
      <translation>Direct beschikbaar geld</translation>
    </message>
    <message>
      <source>Essential spending a month</source>
      <translation>Vaste lasten per maand</translation>
    </message>
    <message>
      <source>Covered</source>
      <translation>Gedekt</translation>
    </message>
    <message>
      <source>Target (low)</source>
      <translation>Doel (laag)</translation>
    </message>
    <message>
      <source>Target (high)</source>
      <translation>Doel (hoog)</translation>
    </message>
    <message>
      <source>Still to save</source>
      <translation>Nog te sparen</translation>
    </message>
    <message>
      <source>Expensive debt</source>
      <translation>Dure schuld</translation>
    </message>
    <message>
      <source>Interest a year</source>
      <translation>Rente per jaar</translation>
    </message>
    <message>
      <source>Counts as expensive from</source>
      <translation>Geldt als duur vanaf</translation>
    </message>
    <message>
      <source>Idle money</source>
      <translation>Stilstaand geld</translation>
    </message>
    <message>
      <source>Your rate</source>
      <translation>Jouw rente</translation>
    </message>
    <message>
      <source>Market rate</source>
      <translation>Marktrente</translation>
    </message>
    <message>
      <source>Kept for spending</source>
      <translation>Aangehouden voor uitgaven</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vóór</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nu</translation>
    </message>
    <message>
      <source>Rise</source>
      <translation>Stijging</translation>
    </message>
    <message>
      <source>Renews on</source>
      <translation>Verlengt op</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Dagen resterend</translation>
    </message>
    <message>
      <source>Premium a year</source>
      <translation>Premie per jaar</translation>
    </message>
    <message>
      <source>Savings rate, recent</source>
      <translation>Spaarquote, recent</translation>
    </message>
    <message>
      <source>Savings rate, before</source>
      <translation>Spaarquote, eerder</translation>
    </message>
    <message>
      <source>Saved, recent months</source>
      <translation>Gespaard, recente maanden</translation>
    </message>
    <message>
      <source>Income, recent months</source>
      <translation>Inkomsten, recente maanden</translation>
    </message>
    <message>
      <source>Income a year</source>
      <translation>Inkomen per jaar</translation>
    </message>
    <message>
      <source>Paid in, last 12 complete months</source>
      <translation>Ingelegd, laatste 12 volledige maanden</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Tekort</translation>
    </message>
    <message>
      <source>Paid in, share of income</source>
      <translation>Ingelegd, deel van het inkomen</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Delen</translation>
    </message>
    <message>
      <source>Invested in total</source>
      <translation>Totaal belegd</translation>
    </message>
    <message>
      <source>Limit</source>
      <translation>Limiet</translation>
    </message>
    <message>
      <source>Together a year</source>
      <translation>Samen per jaar</translation>
    </message>
    <message>
      <source>Saved so far</source>
      <translation>Tot nu toe gespaard</translation>
    </message>
    <message>
      <source>Needed a month</source>
      <translation>Nodig per maand</translation>
    </message>
    <message>
      <source>Saving a month, recently</source>
      <translation>Sparen per maand, recent</translation>
    </message>
    <message>
      <source>Projected balance</source>
      <translation>Verwacht saldo</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} maanden</translation>
    </message>
    <message>
      <source>Market figure from {date}, {age}: it may have changed since.</source>
      <translation>Marktcijfer van {date}, {age}: het kan inmiddels veranderd zijn.</translation>
    </message>
    <message>
      <source>Market figure from {date}.</source>
      <translation>Marktcijfer van {date}.</translation>
    </message>
    <message>
      <source>{amount} a year</source>
      <translation>{amount} per jaar</translation>
    </message>
    <message>
      <source>Show the numbers</source>
      <translation>Toon de cijfers</translation>
    </message>
    <message>
      <source>Show the numbers for: {title}</source>
      <translation>Toon de cijfers voor: {title}</translation>
    </message>
    <message>
      <source>Compared with</source>
      <translation>Vergeleken met</translation>
    </message>
    <message>
      <source>Ask for offers…</source>
      <translation>Offertes aanvragen…</translation>
    </message>
    <message>
      <source>Hide the numbers</source>
      <translation>Verberg de cijfers</translation>
    </message>
    <message>
      <source>What should I do</source>
      <translation>Wat kan ik doen</translation>
    </message>
    <message>
      <source>Most important first; each item shows what it is worth.</source>
      <translation>Belangrijkste eerst; bij elk punt staat wat het oplevert.</translation>
    </message>
    <message>
      <source>Nothing to act on right now. Well done.</source>
      <translation>Op dit moment niets te doen. Goed bezig.</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>Minder tonen</translation>
    </message>
    <message>
      <source>Investments</source>
      <translation>Beleggingen</translation>
    </message>
    <message>
      <source>Debts</source>
      <translation>Schulden</translation>
    </message>
    <message>
      <source>Deriving the key</source>
      <translation>Sleutel afleiden</translation>
    </message>
    <message>
      <source>Creating the encrypted file</source>
      <translation>Versleuteld bestand aanmaken</translation>
    </message>
    <message>
      <source>Opening the demo household</source>
      <translation>Demohuishouden openen</translation>
    </message>
    <message>
      <source>Checking the vault</source>
      <translation>Kluis controleren</translation>
    </message>
    <message>
      <source>Balances and recurring payments</source>
      <translation>Saldi en terugkerende betalingen</translation>
    </message>
    <message>
      <source>Net worth</source>
      <translation>Nettovermogen</translation>
    </message>
    <message>
      <source>Point at the chart for the figures of a day</source>
      <translation>Wijs een dag aan voor de cijfers</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Inkomsten</translation>
    </message>
    <message>
      <source>Spending</source>
      <translation>Uitgaven</translation>
    </message>
    <message>
      <source>Click a bar to see its transactions</source>
      <translation>Klik op een staaf voor de transacties</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overig</translation>
    </message>
    <message>
      <source>Uncategorised</source>
      <translation>Zonder categorie</translation>
    </message>
    <message>
      <source>Total {total}</source>
      <translation>Totaal {total}</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Prognose</translation>
    </message>
    <message>
      <source>Likely range (80 %)</source>
      <translation>Waarschijnlijke bandbreedte (80 %)</translation>
    </message>
    <message>
      <source>likely {low} to {high}</source>
      <translation>waarschijnlijk {low} tot {high}</translation>
    </message>
    <message>
      <source>In 12 months: {value}</source>
      <translation>Over 12 maanden: {value}</translation>
    </message>
    <message>
      <source>The bank shows {amount} {per} (last paid on {day}), not {keyed}</source>
      <translation>De bank toont {amount} {per} (laatst betaald op {day}), niet {keyed}</translation>
    </message>
    <message>
      <source>The bank shows {amount} {per} since {month}, not {keyed}</source>
      <translation>De bank toont {amount} {per} sinds {month}, niet {keyed}</translation>
    </message>
    <message>
      <source>Update to {amount}</source>
      <translation>Bijwerken naar {amount}</translation>
    </message>
    <message>
      <source>gross {amount}</source>
      <translation>bruto {amount}</translation>
    </message>
    <message>
      <source>{amount} net a year</source>
      <translation>{amount} netto per jaar</translation>
    </message>
    <message>
      <source>paid into {account}</source>
      <translation>gestort op {account}</translation>
    </message>
    <message>
      <source>no account chosen</source>
      <translation>geen rekening gekozen</translation>
    </message>
    <message>
      <source>usually on day {day}</source>
      <translation>meestal op dag {day}</translation>
    </message>
    <message>
      <source>cover {amount}</source>
      <translation>dekking {amount}</translation>
    </message>
    <message>
      <source>deductible {amount}</source>
      <translation>eigen risico {amount}</translation>
    </message>
    <message>
      <source>paid from {account}</source>
      <translation>betaald van {account}</translation>
    </message>
    <message>
      <source>since {day}</source>
      <translation>sinds {day}</translation>
    </message>
    <message>
      <source>renews on {day}</source>
      <translation>verlengt op {day}</translation>
    </message>
    <message>
      <source>Renews today</source>
      <translation>Verlengt vandaag</translation>
    </message>
    <message>
      <source>by {day}</source>
      <translation>vóór {day}</translation>
    </message>
    <message>
      <source>no target date</source>
      <translation>geen streefdatum</translation>
    </message>
    <message>
      <source>saved in {accounts}</source>
      <translation>gespaard op {accounts}</translation>
    </message>
    <message>
      <source>{saved} of {target} ({share})</source>
      <translation>{saved} van {target} ({share})</translation>
    </message>
    <message>
      <source>No linked account, so progress is unknown: edit the goal to choose the accounts that hold the savings.</source>
      <translation>Geen gekoppelde rekening, dus de voortgang is onbekend: bewerk het doel en kies de rekeningen waarop je ervoor spaart.</translation>
    </message>
    <message>
      <source>Progress unknown: {reason}</source>
      <translation>Voortgang onbekend: {reason}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>{name} verwijderen</translation>
    </message>
    <message>
      <source>What you fill in here is what the Share page can offer to a vendor, field by field.</source>
      <translation>Wat je hier invult, kan de pagina Delen per veld aan een aanbieder aanbieden.</translation>
    </message>
    <message>
      <source>Edit profile…</source>
      <translation>Profiel bewerken…</translation>
    </message>
    <message>
      <source>{filled} of {total} filled</source>
      <translation>{filled} van {total} ingevuld</translation>
    </message>
    <message>
      <source>filled</source>
      <translation>ingevuld</translation>
    </message>
    <message>
      <source>not filled</source>
      <translation>niet ingevuld</translation>
    </message>
    <message>
      <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation>Met dit wachtwoord gaat deze kluis niet open. Controleer Caps Lock en de toetsenbordindeling en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>There is no vault at this place any more. Was the file moved or renamed?</source>
      <translation>Op deze plek staat geen kluis meer. Is het bestand verplaatst of hernoemd?</translation>
    </message>
    <message>
      <source>This file is not a cmrdesk vault.</source>
      <translation>Dit bestand is geen cmrdesk-kluis.</translation>
    </message>
    <message>
      <source>This vault is damaged or has been tampered with. Restore it from a backup; cmrdesk will not show data it cannot authenticate.</source>
      <translation>Deze kluis is beschadigd of er is mee geknoeid. Zet een back-up terug; cmrdesk toont geen gegevens die het niet kan verifiëren.</translation>
    </message>
    <message>
      <source>This vault is open in another cmrdesk window. Close that one first.</source>
      <translation>Deze kluis is open in een ander cmrdesk-venster. Sluit dat eerst.</translation>
    </message>
    <message>
      <source>This vault was written by a newer cmrdesk. Update cmrdesk to open it.</source>
      <translation>Deze kluis is geschreven door een nieuwere cmrdesk. Werk cmrdesk bij om hem te openen.</translation>
    </message>
    <message>
      <source>A file already exists there. Choose another name; cmrdesk never overwrites a file.</source>
      <translation>Daar staat al een bestand. Kies een andere naam; cmrdesk overschrijft nooit een bestand.</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>The file could not be used: {reason}.</source>
      <translation>Het bestand kon niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
      <source>Something went wrong ({kind}). Your vault was not changed.</source>
      <translation>Er ging iets mis ({kind}). Je kluis is niet gewijzigd.</translation>
    </message>
    <message>
      <source>unknown — {why}</source>
      <translation>onbekend — {why}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <source>Find a field</source>
      <translation>Veld zoeken</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>Alles uitvinken</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>The vendor sees</source>
      <translation>De aanbieder ziet</translation>
    </message>
    <message>
      <source>Fields to share</source>
      <translation>Te delen velden</translation>
    </message>
    <message>
      <source>Its value in your vault today; it leaves only as you choose on the right.</source>
      <translation>De waarde in je kluis vandaag; die gaat alleen weg zoals je rechts kiest.</translation>
    </message>
    <message>
      <source>{label}: your vault cannot tell this yet ({why}), so it cannot be shared.</source>
      <translation>{label}: je kluis weet dit nog niet ({why}), dus het kan niet gedeeld worden.</translation>
    </message>
    <message>
      <source>Key it in…</source>
      <translation>Invoeren…</translation>
    </message>
    <message>
      <source>Key in {label}</source>
      <translation>{label} invoeren</translation>
    </message>
    <message>
      <source>Go to where this is entered.</source>
      <translation>Ga naar waar dit wordt ingevoerd.</translation>
    </message>
    <message>
      <source>not shared</source>
      <translation>niet gedeeld</translation>
    </message>
    <message>
      <source>What the vendor sees of {label}</source>
      <translation>Wat de aanbieder ziet van {label}</translation>
    </message>
    <message>
      <source>Other precision…</source>
      <translation>Andere precisie…</translation>
    </message>
    <message>
      <source>{n} of {total} ticked</source>
      <translation>{n} van {total} aangevinkt</translation>
    </message>
    <message>
      <source>{n} unknown</source>
      <translation>{n} onbekend</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>mag niet negatief zijn</translation>
    </message>
    <message>
      <source>e.g. {amount}</source>
      <translation>bijv. {amount}</translation>
    </message>
    <message>
      <source>{text!r} is not a whole number</source>
      <translation>{text!r} is geen geheel getal</translation>
    </message>
    <message>
      <source>must be at least {n}</source>
      <translation>moet minstens {n} zijn</translation>
    </message>
    <message>
      <source>must be at most {n}</source>
      <translation>mag hoogstens {n} zijn</translation>
    </message>
    <message>
      <source>required</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <source>Income: salary and other pay</source>
      <translation>Inkomen: salaris en ander loon</translation>
    </message>
    <message>
      <source>Add income</source>
      <translation>Inkomen toevoegen</translation>
    </message>
    <message>
      <source>Insurance policies</source>
      <translation>Verzekeringen</translation>
    </message>
    <message>
      <source>Add a policy</source>
      <translation>Polis toevoegen</translation>
    </message>
    <message>
      <source>Pension: pot statements and contributions</source>
      <translation>Pensioen: overzichten van je pensioenpot en inleg</translation>
    </message>
    <message>
      <source>Add a pension</source>
      <translation>Pensioen toevoegen</translation>
    </message>
    <message>
      <source>Property: a home and what it is worth</source>
      <translation>Onroerend goed: een woning en wat die waard is</translation>
    </message>
    <message>
      <source>Add a property</source>
      <translation>Woning toevoegen</translation>
    </message>
    <message>
      <source>Investments: holdings and prices</source>
      <translation>Beleggingen: posities en koersen</translation>
    </message>
    <message>
      <source>Open Holdings</source>
      <translation>Beleggingen openen</translation>
    </message>
    <message>
      <source>Goals: what you are saving for</source>
      <translation>Doelen: waarvoor je spaart</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>Doel toevoegen</translation>
    </message>
    <message>
      <source>Profile: the facts you may choose to share</source>
      <translation>Profiel: de gegevens die je kunt kiezen te delen</translation>
    </message>
    <message>
      <source>Fill in your profile</source>
      <translation>Vul je profiel in</translation>
    </message>
    <message>
      <source>Start with your accounts</source>
      <translation>Begin met je rekeningen</translation>
    </message>
    <message>
      <source>Add the accounts you have by hand, or import the statements your bank lets you download (OFX, QFX, QIF, CSV, CAMT.053, MT940). Everything stays in this encrypted vault.</source>
      <translation>Voeg je rekeningen met de hand toe, of importeer de afschriften die je bank laat downloaden (OFX, QFX, QIF, CSV, CAMT.053, MT940). Alles blijft in deze versleutelde kluis.</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importeren…</translation>
    </message>
    <message>
      <source>Then key in what no bank exports</source>
      <translation>Voer dan in wat geen bank exporteert</translation>
    </message>
    <message>
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>nog niet</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Wat is er veranderd</translation>
    </message>
    <message>
      <source>Compare from</source>
      <translation>Vergelijk van</translation>
    </message>
    <message>
      <source>Compare to</source>
      <translation>Vergelijk met</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>to</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>Show fields that stayed the same</source>
      <translation>Toon velden die hetzelfde bleven</translation>
    </message>
    <message>
      <source>{when} · {purpose}</source>
      <translation>{when} · {purpose}</translation>
    </message>
    <message>
      <source>This is the only disclosure to them so far: there is nothing to compare it with.</source>
      <translation>Dit is tot nu toe de enige verstrekking aan hen: er is niets om mee te vergelijken.</translation>
    </message>
    <message>
      <source>This is the first disclosure to them. Choose another one above to see what changed between the two.</source>
      <translation>Dit is de eerste verstrekking aan hen. Kies hierboven een andere om te zien wat er tussen de twee veranderde.</translation>
    </message>
    <message>
      <source>{n} field added</source>
      <translation>{n} veld toegevoegd</translation>
    </message>
    <message>
      <source>{n} fields added</source>
      <translation>{n} velden toegevoegd</translation>
    </message>
    <message>
      <source>{n} field changed</source>
      <translation>{n} veld gewijzigd</translation>
    </message>
    <message>
      <source>{n} fields changed</source>
      <translation>{n} velden gewijzigd</translation>
    </message>
    <message>
      <source>{n} field left out</source>
      <translation>{n} veld weggelaten</translation>
    </message>
    <message>
      <source>{n} fields left out</source>
      <translation>{n} velden weggelaten</translation>
    </message>
    <message>
      <source>From {older} to {newer}: {changes}.</source>
      <translation>Van {older} naar {newer}: {changes}.</translation>
    </message>
    <message>
      <source>From {older} to {newer}: every field was told the same way.</source>
      <translation>Van {older} naar {newer}: elk veld werd op dezelfde manier gedeeld.</translation>
    </message>
    <message>
      <source>Also changed: {sections}.</source>
      <translation>Ook gewijzigd: {sections}.</translation>
    </message>
    <message>
      <source>Fields as sent</source>
      <translation>Velden zoals verzonden</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <source>What you asked for</source>
      <translation>Wat je vroeg</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Pakket</translation>
    </message>
    <message>
      <source>Disclosure {number} to {vendor}, sent {when}</source>
      <translation>Verstrekking {number} aan {vendor}, verzonden {when}</translation>
    </message>
    <message>
      <source>Encrypted to {vendor}'s key and signed by you.</source>
      <translation>Versleuteld met de sleutel van {vendor} en door jou ondertekend.</translation>
    </message>
    <message>
      <source>Signed by you, not encrypted: {vendor} gave no encryption key.</source>
      <translation>Door jou ondertekend, niet versleuteld: {vendor} gaf geen versleutelingssleutel.</translation>
    </message>
    <message>
      <source>Wants to hear about: {items}.</source>
      <translation>Wil horen over: {items}.</translation>
    </message>
    <message>
      <source>Does not want: {items}.</source>
      <translation>Wil niet: {items}.</translation>
    </message>
    <message>
      <source>Contact by: {ways}.</source>
      <translation>Contact via: {ways}.</translation>
    </message>
    <message>
      <source>Nothing beyond the purpose.</source>
      <translation>Niets buiten het doel.</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>The package folder still holds exactly what was sent.</source>
      <translation>De pakketmap bevat nog precies wat er verzonden is.</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Gewijzigd</translation>
    </message>
    <message>
      <source>The files in the package folder no longer match the receipt: something changed them after the export.</source>
      <translation>De bestanden in de pakketmap komen niet meer overeen met het ontvangstbewijs: iets heeft ze na de export veranderd.</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Ontbreekt</translation>
    </message>
    <message>
      <source>The package folder is gone (moved or deleted). The receipt below still says what was sent.</source>
      <translation>De pakketmap is weg (verplaatst of verwijderd). Het ontvangstbewijs hieronder zegt nog steeds wat er verzonden is.</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Toegevoegd</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Verwijderd</translation>
    </message>
    <message>
      <source>Same</source>
      <translation>Gelijk</translation>
    </message>
    <message>
      <source>the purpose</source>
      <translation>het doel</translation>
    </message>
    <message>
      <source>the terms</source>
      <translation>de voorwaarden</translation>
    </message>
    <message>
      <source>what you asked for</source>
      <translation>wat je vroeg</translation>
    </message>
    <message>
      <source>the expiry date</source>
      <translation>de vervaldatum</translation>
    </message>
    <message>
      <source>the vendor's details</source>
      <translation>de gegevens van de aanbieder</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>telefoon</translation>
    </message>
    <message>
      <source>post</source>
      <translation>post</translation>
    </message>
    <message>
      <source>{count} · latest {day}</source>
      <translation>{count} · laatst {day}</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Verzonden</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Velden</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Verloopt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Verlopen</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Value sent</source>
      <translation>Verzonden waarde</translation>
    </message>
    <message>
      <source>Precision</source>
      <translation>Precisie</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Wijziging</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>Vendors</source>
      <translation>Aanbieders</translation>
    </message>
    <message>
      <source>Everyone you have shared with, told most recently first.</source>
      <translation>Iedereen met wie je iets deelde, meest recent eerst.</translation>
    </message>
    <message>
      <source>Vendor</source>
      <translation>Aanbieder</translation>
    </message>
    <message>
      <source>Vendors told something</source>
      <translation>Aanbieders die iets weten</translation>
    </message>
    <message>
      <source>Told earlier, not in the latest disclosure</source>
      <translation>Eerder gedeeld, niet in de laatste verstrekking</translation>
    </message>
    <message>
      <source>What {vendor} knows</source>
      <translation>Wat {vendor} weet</translation>
    </message>
    <message>
      <source>Told {n} times since {day}.</source>
      <translation>{n} keer gedeeld sinds {day}.</translation>
    </message>
    <message>
      <source>Told once, on {day}.</source>
      <translation>Eén keer gedeeld, op {day}.</translation>
    </message>
    <message>
      <source>This vendor is no longer in your list of vendors.</source>
      <translation>Deze aanbieder staat niet meer in je lijst met aanbieders.</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation>Verstrekkingen</translation>
    </message>
    <message>
      <source>Choose one to see exactly what it told them.</source>
      <translation>Kies er een om precies te zien wat die hun vertelde.</translation>
    </message>
    <message>
      <source>Draft deletion request</source>
      <translation>Verwijderverzoek opstellen</translation>
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking them to delete what this disclosure told them. Nothing is sent until you send it.</source>
      <translation>Open een e-mail aan de aanbieder in je e-mailprogramma met het verzoek te verwijderen wat deze verstrekking hun vertelde. Er wordt niets verzonden tot jij het verstuurt.</translation>
    </message>
    <message>
      <source>Draft follow-up</source>
      <translation>Herinnering opstellen</translation>
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking where things stand.</source>
      <translation>Open een e-mail aan de aanbieder in je e-mailprogramma met de vraag hoe het ervoor staat.</translation>
    </message>
    <message>
      <source>Open package folder</source>
      <translation>Pakketmap openen</translation>
    </message>
    <message>
      <source>The disclosure of {sent} expired on {day}: {vendor} may no longer use it. If they have not deleted it yet, ask them to.</source>
      <translation>De verstrekking van {sent} is verlopen op {day}: {vendor} mag haar niet meer gebruiken. Als ze die nog niet verwijderd hebben, vraag het hun dan.</translation>
    </message>
    <message>
      <source>{vendor} may use the disclosure of {sent} until {day} ({left}).</source>
      <translation>{vendor} mag de verstrekking van {sent} gebruiken tot {day} ({left}).</translation>
    </message>
    <message>
      <source>The package folder is gone.</source>
      <translation>De pakketmap is weg.</translation>
    </message>
    <message>
      <source>no price yet</source>
      <translation>nog geen koers</translation>
    </message>
    <message>
      <source>ISIN {isin}</source>
      <translation>ISIN {isin}</translation>
    </message>
    <message>
      <source>no cost</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <source>Symbol</source>
      <translation>Symbool</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Rekening</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Koers</translation>
    </message>
    <message>
      <source>{price} on {day}</source>
      <translation>{price} ({day})</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kostprijs</translation>
    </message>
    <message>
      <source>Gain</source>
      <translation>Winst</translation>
    </message>
    <message>
      <source>Share</source>
      <comment>portion</comment>
      <translation>Aandeel</translation>
    </message>
    <message>
      <source>Prices of {symbol}</source>
      <translation>Koersen van {symbol}</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Prices</source>
      <translation>Koersen</translation>
    </message>
    <message>
      <source>Add price…</source>
      <translation>Koers toevoegen…</translation>
    </message>
    <message>
      <source>Delete price</source>
      <translation>Koers verwijderen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>{name}: {n} prices. The latest on or before a day values the holding that day.</source>
      <translation>{name}: {n} koersen. De laatste op of vóór een dag bepaalt de waarde van de positie op die dag.</translation>
    </message>
    <message>
      <source>{name} has no price yet: its holdings have no value until you add one.</source>
      <translation>{name} heeft nog geen koers: de posities hebben geen waarde tot je er een toevoegt.</translation>
    </message>
    <message>
      <source>Reads as: date</source>
      <translation>Gelezen als: datum</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Payee</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>CSV columns</source>
      <translation>CSV-kolommen</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>CSV-bestand</translation>
    </message>
    <message>
      <source>Date format</source>
      <translation>Datumnotatie</translation>
    </message>
    <message>
      <source>Decimal mark</source>
      <translation>Decimaalteken</translation>
    </message>
    <message>
      <source>Thousands</source>
      <translation>Duizendtallen</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Codering</translation>
    </message>
    <message>
      <source>Signs</source>
      <translation>Tekens</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>De eerste regels van het bestand</translation>
    </message>
    <message>
      <source>Remember for this bank as</source>
      <translation>Onthouden voor deze bank als</translation>
    </message>
    <message>
      <source>Profile name</source>
      <translation>Profielnaam</translation>
    </message>
    <message>
      <source>Remember for this bank</source>
      <translation>Onthouden voor deze bank</translation>
    </message>
    <message>
      <source>Read with your saved profile '{name}'.</source>
      <translation>Gelezen met je opgeslagen profiel '{name}'.</translation>
    </message>
    <message>
      <source>Columns detected from the file; change any that is wrong.</source>
      <translation>Kolommen herkend uit het bestand; wijzig wat niet klopt.</translation>
    </message>
    <message>
      <source>Every date in the file could be day-first or month-first: choose the date format.</source>
      <translation>Elke datum in het bestand kan dag-eerst of maand-eerst zijn: kies de datumnotatie.</translation>
    </message>
    <message>
      <source>Line {line}: {why}</source>
      <translation>Regel {line}: {why}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Role of {column}</source>
      <translation>Rol van {column}</translation>
    </message>
    <message>
      <source>type a name first</source>
      <translation>typ eerst een naam</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>overgeslagen</translation>
    </message>
    <message>
      <source>(pending)</source>
      <translation>(in behandeling)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formaat</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Regels</translation>
    </message>
    <message>
      <source>Market data</source>
      <translation>Marktgegevens</translation>
    </message>
    <message>
      <source>Files to import</source>
      <translation>Te importeren bestanden</translation>
    </message>
    <message>
      <source>Each file is read completely before anything is written. Choose the account a statement goes into; a file that cannot be read is left out.</source>
      <translation>Elk bestand wordt volledig gelezen voordat er iets wordt opgeslagen. Kies de rekening waar een afschrift bij hoort; een bestand dat niet te lezen is, wordt overgeslagen.</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>reading…</source>
      <translation>lezen…</translation>
    </message>
    <message>
      <source>Set its columns in the next step: {why}</source>
      <translation>Stel de kolommen in bij de volgende stap: {why}</translation>
    </message>
    <message>
      <source>Not imported: {why}</source>
      <translation>Niet geïmporteerd: {why}</translation>
    </message>
    <message>
      <source>market data: {n} rates/prices</source>
      <translation>marktgegevens: {n} koersen/prijzen</translation>
    </message>
    <message>
      <source>No files yet: add some, or drop them on the window.</source>
      <translation>Nog geen bestanden: voeg er toe, of sleep ze naar het venster.</translation>
    </message>
    <message>
      <source>Account for {file}</source>
      <translation>Rekening voor {file}</translation>
    </message>
    <message>
      <source>{name} (matched by {how})</source>
      <translation>{name} (herkend op {how})</translation>
    </message>
    <message>
      <source>new: {name}</source>
      <translation>nieuw: {name}</translation>
    </message>
    <message>
      <source>unknown, no dates</source>
      <translation>onbekend, geen datums</translation>
    </message>
    <message>
      <source>new: {name} ({kind}, {currency})</source>
      <translation>nieuw: {name} ({kind}, {currency})</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Geïmporteerd</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Rekeningen</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Duplicates</source>
      <translation>Dubbel</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>In behandeling</translation>
    </message>
    <message>
      <source>remove import '{name}'</source>
      <translation>import '{name}' verwijderen</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Importgeschiedenis</translation>
    </message>
    <message>
      <source>Every file imported into this vault. Removing an import takes out exactly the transactions it added; Edit &gt; Undo brings them back.</source>
      <translation>Elk bestand dat in deze kluis is geïmporteerd. Een import verwijderen haalt precies de transacties weg die hij toevoegde; Bewerken &gt; Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
      <source>Imports</source>
      <translation>Imports</translation>
    </message>
    <message>
      <source>Nothing has been imported into this vault yet.</source>
      <translation>Er is nog niets in deze kluis geïmporteerd.</translation>
    </message>
    <message>
      <source>Remove this import…</source>
      <translation>Deze import verwijderen…</translation>
    </message>
    <message>
      <source>Remove this import?</source>
      <translation>Deze import verwijderen?</translation>
    </message>
    <message>
      <source>Remove every transaction that importing '{name}' added? Edit &gt; Undo brings them back.</source>
      <translation>Alle transacties verwijderen die het importeren van '{name}' toevoegde? Bewerken &gt; Ongedaan maken zet ze terug.</translation>
    </message>
    <message>
      <source>Remove import</source>
      <translation>Import verwijderen</translation>
    </message>
    <message>
      <source>import '{name}'</source>
      <translation>import '{name}'</translation>
    </message>
    <message>
      <source>import {files}</source>
      <translation>{files} importeren</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Accepteren</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Zekerheid</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Controleren</translation>
    </message>
    <message>
      <source>Accept every suggested category at or above</source>
      <translation>Elke voorgestelde categorie accepteren vanaf</translation>
    </message>
    <message>
      <source>Lowest confidence accepted</source>
      <translation>Laagste geaccepteerde zekerheid</translation>
    </message>
    <message>
      <source>Duplicates (already in the vault)</source>
      <translation>Dubbel (al in de kluis)</translation>
    </message>
    <message>
      <source>Suggested categories</source>
      <translation>Voorgestelde categorieën</translation>
    </message>
    <message>
      <source>No category suggestions: no rule matches and the vault has too little categorised history to learn from.</source>
      <translation>Geen categorievoorstellen: geen regel past en de kluis heeft te weinig gecategoriseerde geschiedenis om van te leren.</translation>
    </message>
    <message>
      <source>The first {shown} of {rows} rows are listed; the threshold applies to all.</source>
      <translation>De eerste {shown} van {rows} regels staan hier; de drempel geldt voor alle.</translation>
    </message>
    <message>
      <source>Accept {category} for {payee}</source>
      <translation>{category} accepteren voor {payee}</translation>
    </message>
    <message>
      <source>Your rules are applied on every import.</source>
      <translation>Je regels worden bij elke import toegepast.</translation>
    </message>
    <message>
      <source>Balance: unknown, because the file states no closing balance.</source>
      <translation>Saldo: onbekend, omdat het bestand geen eindsaldo vermeldt.</translation>
    </message>
    <message>
      <source>Statement balance {stated}; the vault's is unknown.</source>
      <translation>Saldo volgens afschrift {stated}; dat van de kluis is onbekend.</translation>
    </message>
    <message>
      <source>Statement balance {stated} = the vault's after import {vault}: reconciled.</source>
      <translation>Saldo volgens afschrift {stated} = dat van de kluis na import {vault}: sluitend.</translation>
    </message>
    <message>
      <source>Statement balance {stated}, the vault's after import {vault}: a difference of {difference}.</source>
      <translation>Saldo volgens afschrift {stated}, dat van de kluis na import {vault}: een verschil van {difference}.</translation>
    </message>
    <message>
      <source>Likely cause: {cause}.</source>
      <translation>Waarschijnlijke oorzaak: {cause}.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importeren…</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>Voortgang van de import</translation>
    </message>
    <message>
      <source>Importing {files}…</source>
      <translation>{files} importeren…</translation>
    </message>
    <message>
      <source>Cancel leaves the vault exactly as it was.</source>
      <translation>Annuleren laat de kluis precies zoals hij was.</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>{done} van {total} regels</translation>
    </message>
    <message>
      <source>Cancelling… nothing will be kept.</source>
      <translation>Annuleren… er wordt niets bewaard.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <source>See every import in the import history…</source>
      <translation>Bekijk elke import in de importgeschiedenis…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Geannuleerd</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation>De import is geannuleerd.</translation>
    </message>
    <message>
      <source>The vault is exactly as it was.</source>
      <translation>De kluis is precies zoals hij was.</translation>
    </message>
    <message>
      <source>{new} in all. Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>{new} in totaal. Bewerken &gt; Ongedaan maken (Ctrl+Z) draait de hele import terug.</translation>
    </message>
    <message>
      <source>into the new account '{name}'</source>
      <translation>in de nieuwe rekening '{name}'</translation>
    </message>
    <message>
      <source>into '{name}'</source>
      <translation>in '{name}'</translation>
    </message>
    <message>
      <source>{n} by your rules</source>
      <translation>{n} via je regels</translation>
    </message>
    <message>
      <source>{n} learned</source>
      <translation>{n} geleerd</translation>
    </message>
    <message>
      <source>{n} you accepted</source>
      <translation>{n} door jou geaccepteerd</translation>
    </message>
    <message>
      <source>{n} categorised ({how})</source>
      <translation>{n} gecategoriseerd ({how})</translation>
    </message>
    <message>
      <source>none categorised</source>
      <translation>geen gecategoriseerd</translation>
    </message>
    <message>
      <source>Reconciled: the vault's balance is {stated}, as the statement says.</source>
      <translation>Sluitend: het saldo van de kluis is {stated}, zoals het afschrift zegt.</translation>
    </message>
    <message>
      <source>Does not reconcile: the statement says {stated}, the vault {vault}, a difference of {difference}.</source>
      <translation>Niet sluitend: het afschrift zegt {stated}, de kluis {vault}, een verschil van {difference}.</translation>
    </message>
    <message>
      <source>Apply learned categories on import</source>
      <translation>Geleerde categorieën toepassen bij import</translation>
    </message>
    <message>
      <source>Your rules always apply. Learned categories are only suggested in the import's review unless you choose a confidence here.</source>
      <translation>Je regels gelden altijd. Geleerde categorieën worden alleen voorgesteld bij het controleren van de import, tenzij je hier een zekerheid kiest.</translation>
    </message>
    <message>
      <source>Never: only suggest them</source>
      <translation>Nooit: alleen voorstellen</translation>
    </message>
    <message>
      <source>When at least {percent} sure</source>
      <translation>Als ze minstens {percent} zeker zijn</translation>
    </message>
    <message>
      <source>change when learned categories apply</source>
      <translation>wijzigen wanneer geleerde categorieën gelden</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Bestanden</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <source>Import history…</source>
      <translation>Importgeschiedenis…</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Terug</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Volgende</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>Add an account first.</source>
      <translation>Voeg eerst een rekening toe.</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Overboeking</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Categorieën</translation>
    </message>
    <message>
      <source>a name, to add or rename</source>
      <translation>een naam, om toe te voegen of te hernoemen</translation>
    </message>
    <message>
      <source>Other category</source>
      <translation>Andere categorie</translation>
    </message>
    <message>
      <source>Add puts the new category under the one chosen (or at the top, as spending). Move, Merge and Delete use the other category: the new parent, the one to merge into, or where the transactions go.</source>
      <translation>Toevoegen zet de nieuwe categorie onder de gekozen categorie (of bovenaan, als uitgave). Verplaatsen, Samenvoegen en Verwijderen gebruiken de andere categorie: de nieuwe bovenliggende categorie, de categorie om mee samen te voegen, of waar de transacties heen gaan.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Hernoemen</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Verplaatsen</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Samenvoegen met</translation>
    </message>
    <message>
      <source>(top level / uncategorised)</source>
      <translation>(bovenste niveau / zonder categorie)</translation>
    </message>
    <message>
      <source>Choose a category in the tree first.</source>
      <translation>Kies eerst een categorie in de lijst.</translation>
    </message>
    <message>
      <source>Choose the category to merge into.</source>
      <translation>Kies de categorie om mee samen te voegen.</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
      <source>Export transactions</source>
      <translation>Transacties exporteren</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Kiezen…</translation>
    </message>
    <message>
      <source>CSV (UTF-8) or Excel workbook (.xlsx), by the file's suffix. Cells that a spreadsheet would run as a formula are written with a leading '.</source>
      <translation>CSV (UTF-8) of Excel-werkmap (.xlsx), naar de extensie van het bestand. Cellen die een spreadsheet als formule zou uitvoeren, krijgen een ' ervoor.</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exporteren naar</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>Vink minstens één kolom aan.</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>Kies een bestand om naar te schrijven.</translation>
    </message>
    <message>
      <source>no category called {name!r}</source>
      <translation>geen categorie met de naam {name!r}</translation>
    </message>
    <message>
      <source>the row is not loaded yet</source>
      <translation>de rij is nog niet geladen</translation>
    </message>
    <message>
      <source>a payee cannot be empty</source>
      <translation>de naam mag niet leeg zijn</translation>
    </message>
    <message>
      <source>this column cannot be edited</source>
      <translation>deze kolom kan niet bewerkt worden</translation>
    </message>
    <message>
      <source>Saved: {what}. Undo with Ctrl+Z.</source>
      <translation>Opgeslagen: {what}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
      <source>the change</source>
      <translation>de wijziging</translation>
    </message>
    <message>
      <source>None of the selected rows has a suggestion.</source>
      <translation>Geen van de geselecteerde rijen heeft een voorstel.</translation>
    </message>
    <message>
      <source>No suggestion is that sure.</source>
      <translation>Geen enkel voorstel is zo zeker.</translation>
    </message>
    <message>
      <source>Select the two sides of the transfer (or one, to find the other).</source>
      <translation>Selecteer beide kanten van de overboeking (of één, om de andere te zoeken).</translation>
    </message>
    <message>
      <source>No other side found for this row: select both rows.</source>
      <translation>Geen tegenboeking gevonden voor deze rij: selecteer beide rijen.</translation>
    </message>
    <message>
      <source>Reconcile with a statement</source>
      <translation>Afstemmen met een afschrift</translation>
    </message>
    <message>
      <source>Statement date</source>
      <translation>Datum afschrift</translation>
    </message>
    <message>
      <source>Statement balance</source>
      <translation>Saldo volgens afschrift</translation>
    </message>
    <message>
      <source>closing balance on the statement</source>
      <translation>eindsaldo op het afschrift</translation>
    </message>
    <message>
      <source>Show the rows to tick</source>
      <translation>Toon de af te vinken rijen</translation>
    </message>
    <message>
      <source>Rows to tick</source>
      <translation>Af te vinken rijen</translation>
    </message>
    <message>
      <source>Tick all</source>
      <translation>Alles aanvinken</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Verschil</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Afronden</translation>
    </message>
    <message>
      <source>Statement balance ({currency})</source>
      <translation>Saldo volgens afschrift ({currency})</translation>
    </message>
    <message>
      <source>(the newest {n} of {total})</source>
      <translation>(de nieuwste {n} van {total})</translation>
    </message>
    <message>
      <source>Difference: unknown until the rows are shown</source>
      <translation>Verschil: onbekend tot de rijen getoond worden</translation>
    </message>
    <message>
      <source>Difference: unknown until the statement balance is typed</source>
      <translation>Verschil: onbekend tot het saldo volgens afschrift is ingevuld</translation>
    </message>
    <message>
      <source>Difference: none. The ticked rows match the statement.</source>
      <translation>Verschil: geen. De aangevinkte rijen kloppen met het afschrift.</translation>
    </message>
    <message>
      <source>Difference: {amount}</source>
      <translation>Verschil: {amount}</translation>
    </message>
    <message>
      <source>Payee contains</source>
      <translation>Naam bevat</translation>
    </message>
    <message>
      <source>Payee is exactly</source>
      <translation>Naam is precies</translation>
    </message>
    <message>
      <source>Payee or memo matches (regular expression)</source>
      <translation>Naam of omschrijving past bij (reguliere expressie)</translation>
    </message>
    <message>
      <source>Edit rule</source>
      <translation>Regel bewerken</translation>
    </message>
    <message>
      <source>Always categorise like this</source>
      <translation>Altijd zo categoriseren</translation>
    </message>
    <message>
      <source>Payee text</source>
      <translation>Tekst in de naam</translation>
    </message>
    <message>
      <source>any</source>
      <translation>geen grens</translation>
    </message>
    <message>
      <source>Lowest amount</source>
      <translation>Laagste bedrag</translation>
    </message>
    <message>
      <source>Highest amount</source>
      <translation>Hoogste bedrag</translation>
    </message>
    <message>
      <source>Amount from</source>
      <translation>Bedrag van</translation>
    </message>
    <message>
      <source>Any account</source>
      <translation>Elke rekening</translation>
    </message>
    <message>
      <source>Categorise as</source>
      <translation>Categoriseren als</translation>
    </message>
    <message>
      <source>Amounts are signed: money out is negative (-50 to -10).</source>
      <translation>Bedragen hebben een teken: uitgaand geld is negatief (-50 tot -10).</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <source>Transactions the rule would change</source>
      <translation>Transacties die de regel zou wijzigen</translation>
    </message>
    <message>
      <source>Also categorise these past transactions</source>
      <translation>Ook deze eerdere transacties categoriseren</translation>
    </message>
    <message>
      <source>Save rule</source>
      <translation>Regel opslaan</translation>
    </message>
    <message>
      <source>choose the category the rule files under</source>
      <translation>kies de categorie waarin de regel indeelt</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Tellen…</translation>
    </message>
    <message>
      <source>(the others are already there, filed by you, split, or claimed by an earlier rule)</source>
      <translation>(de andere staan er al, zijn door jou ingedeeld, gesplitst of vallen onder een eerdere regel)</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… en nog {n}</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Regels</translation>
    </message>
    <message>
      <source>Rules are tried from the top; the first that matches files the transaction.</source>
      <translation>Regels worden van boven naar beneden geprobeerd; de eerste die past, deelt de transactie in.</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Apply now</source>
      <translation>Nu toepassen</translation>
    </message>
    <message>
      <source>No rules yet: use “Always categorise like this…” on a row.</source>
      <translation>Nog geen regels: gebruik “Altijd zo categoriseren…” op een rij.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>Te controleren</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Gesplitst</translation>
    </message>
    <message>
      <source>Reconciled</source>
      <translation>Afgestemd</translation>
    </message>
    <message>
      <source>Not reconciled</source>
      <translation>Niet afgestemd</translation>
    </message>
    <message>
      <source>amount (either sign)</source>
      <translation>bedrag (bij of af)</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>bedrag</translation>
    </message>
    <message>
      <source>Search payee, memo or amount (10..20, &gt;100)</source>
      <translation>Zoek op naam, omschrijving of bedrag (10..20, &gt;100)</translation>
    </message>
    <message>
      <source>Search payee, memo or amount</source>
      <translation>Zoek op naam, omschrijving of bedrag</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Toon</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Alle data</translation>
    </message>
    <message>
      <source>All accounts</source>
      <translation>Alle rekeningen</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Elke categorie</translation>
    </message>
    <message>
      <source>Split a transaction</source>
      <translation>Een transactie splitsen</translation>
    </message>
    <message>
      <source>{payee} · {amount} on {day}</source>
      <translation>{payee} · {amount} op {day}</translation>
    </message>
    <message>
      <source>Give each part an amount and a category; the parts must add up to the line.</source>
      <translation>Geef elk deel een bedrag en een categorie; samen moeten de delen het bedrag van de transactie vormen.</translation>
    </message>
    <message>
      <source>Amount ({currency})</source>
      <translation>Bedrag ({currency})</translation>
    </message>
    <message>
      <source>Add a part</source>
      <translation>Deel toevoegen</translation>
    </message>
    <message>
      <source>Remove part</source>
      <translation>Deel verwijderen</translation>
    </message>
    <message>
      <source>Still to place</source>
      <translation>Nog te verdelen</translation>
    </message>
    <message>
      <source>Join again</source>
      <translation>Weer samenvoegen</translation>
    </message>
    <message>
      <source>part {n}: {why}</source>
      <translation>deel {n}: {why}</translation>
    </message>
    <message>
      <source>Parts add up to the line</source>
      <translation>De delen vormen samen het bedrag</translation>
    </message>
    <message>
      <source>Still to place: {amount}</source>
      <translation>Nog te verdelen: {amount}</translation>
    </message>
    <message>
      <source>Accept those at least 95 % sure</source>
      <translation>Accepteren vanaf 95 % zekerheid</translation>
    </message>
    <message>
      <source>Accept those at least 80 % sure</source>
      <translation>Accepteren vanaf 80 % zekerheid</translation>
    </message>
    <message>
      <source>Accept all of them</source>
      <translation>Alle accepteren</translation>
    </message>
    <message>
      <source>Transactions</source>
      <translation>Transacties</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Voorstellen</translation>
    </message>
    <message>
      <source>Accept suggestions</source>
      <translation>Voorstellen accepteren</translation>
    </message>
    <message>
      <source>Accept for the selected rows</source>
      <translation>Accepteren voor de geselecteerde rijen</translation>
    </message>
    <message>
      <source>Rules…</source>
      <translation>Regels…</translation>
    </message>
    <message>
      <source>Categories…</source>
      <translation>Categorieën…</translation>
    </message>
    <message>
      <source>Reconcile…</source>
      <translation>Afstemmen…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Accept suggestion</source>
      <translation>Voorstel accepteren</translation>
    </message>
    <message>
      <source>Reject suggestion</source>
      <translation>Voorstel afwijzen</translation>
    </message>
    <message>
      <source>Always categorise like this…</source>
      <translation>Altijd zo categoriseren…</translation>
    </message>
    <message>
      <source>Split…</source>
      <translation>Splitsen…</translation>
    </message>
    <message>
      <source>Unlink transfer</source>
      <translation>Overboeking ontkoppelen</translation>
    </message>
    <message>
      <source>Link as transfer</source>
      <translation>Als overboeking koppelen</translation>
    </message>
    <message>
      <source>Show all transactions</source>
      <translation>Alle transacties tonen</translation>
    </message>
    <message>
      <source>Clear the chart's filter</source>
      <translation>Het filter van de grafiek wissen</translation>
    </message>
    <message>
      <source>From the dashboard:</source>
      <translation>Vanuit het overzicht:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Add account…</source>
      <translation>Rekening &amp;toevoegen…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation>Import&amp;geschiedenis…</translation>
    </message>
    <message>
      <source>&amp;Lock vault</source>
      <translation>Kluis &amp;vergrendelen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>Yours now</source>
      <translation>Jouw huidige</translation>
    </message>
    <message>
      <source>Market average</source>
      <translation>Marktgemiddelde</translation>
    </message>
    <message>
      <source>Offers</source>
      <translation>Offertes</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; · {amount} a year</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; · {amount} per jaar</translation>
    </message>
    <message>
      <source>Cost a year on the same amount; below zero is interest earned</source>
      <translation>Kosten per jaar over hetzelfde bedrag; onder nul is ontvangen rente</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Wekelijks</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Maandelijks</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>Per kwartaal</translation>
    </message>
    <message>
      <source>Every six months</source>
      <translation>Halfjaarlijks</translation>
    </message>
    <message>
      <source>Yearly</source>
      <translation>Jaarlijks</translation>
    </message>
    <message>
      <source>Key in an offer</source>
      <translation>Offerte invoeren</translation>
    </message>
    <message>
      <source>Add offer</source>
      <translation>Offerte toevoegen</translation>
    </message>
    <message>
      <source>Type in an offer that came on paper or by e-mail. It is kept as keyed in: no signature vouches for it, so check it against the letter.</source>
      <translation>Typ een offerte over die op papier of per e-mail kwam. Ze wordt bewaard zoals ingevoerd: geen handtekening staat ervoor in, dus controleer haar met de brief.</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <source>Rate (% a year)</source>
      <translation>Rente (% per jaar)</translation>
    </message>
    <message>
      <source>APR (% a year)</source>
      <translation>Effectieve jaarrente (%)</translation>
    </message>
    <message>
      <source>The yearly percentage rate with costs, if the offer states it.</source>
      <translation>Het jaarlijkse kostenpercentage inclusief kosten, als de offerte het vermeldt.</translation>
    </message>
    <message>
      <source>Term (years)</source>
      <translation>Looptijd (jaren)</translation>
    </message>
    <message>
      <source>Fixed rate (years)</source>
      <translation>Rentevast (jaren)</translation>
    </message>
    <message>
      <source>Premium ({currency})</source>
      <translation>Premie ({currency})</translation>
    </message>
    <message>
      <source>Premium paid</source>
      <translation>Premie betaald</translation>
    </message>
    <message>
      <source>Cover ({currency})</source>
      <translation>Dekking ({currency})</translation>
    </message>
    <message>
      <source>Own risk ({currency})</source>
      <translation>Eigen risico ({currency})</translation>
    </message>
    <message>
      <source>Price a month ({currency})</source>
      <translation>Prijs per maand ({currency})</translation>
    </message>
    <message>
      <source>One-off fees ({currency})</source>
      <translation>Eenmalige kosten ({currency})</translation>
    </message>
    <message>
      <source>What taking the offer costs once: advice, valuation, notary, closing the old one.</source>
      <translation>Wat het aannemen van de offerte eenmalig kost: advies, taxatie, notaris, het oversluiten.</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Geldig tot</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <source>Offer accepted.</source>
      <translation>Offerte geaccepteerd.</translation>
    </message>
    <message>
      <source>Offer declined.</source>
      <translation>Offerte afgewezen.</translation>
    </message>
    <message>
      <source>Offer from {vendor} verified and added.</source>
      <translation>Offerte van {vendor} geverifieerd en toegevoegd.</translation>
    </message>
    <message>
      <source>Personal loan</source>
      <translation>Persoonlijke lening</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>Verzekering</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Geaccepteerd</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Afgewezen</translation>
    </message>
    <message>
      <source>{status} on {day}</source>
      <translation>{status} op {day}</translation>
    </message>
    <message>
      <source>signed by {vendor}'s pinned key</source>
      <translation>ondertekend met de vastgelegde sleutel van {vendor}</translation>
    </message>
    <message>
      <source>keyed in by hand, no signature</source>
      <translation>met de hand ingevoerd, geen handtekening</translation>
    </message>
    <message>
      <source>valid until {day}</source>
      <translation>geldig tot {day}</translation>
    </message>
    <message>
      <source>no fees</source>
      <translation>geen kosten</translation>
    </message>
    <message>
      <source>A year</source>
      <translation>Per jaar</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <source>vs yours</source>
      <translation>t.o.v. de jouwe</translation>
    </message>
    <message>
      <source>vs market</source>
      <translation>t.o.v. de markt</translation>
    </message>
    <message>
      <source>Eff. rate</source>
      <translation>Eff. rente</translation>
    </message>
    <message>
      <source>Yearly rate including fees</source>
      <translation>Jaarrente inclusief kosten</translation>
    </message>
    <message>
      <source>Payback</source>
      <translation>Terugverdientijd</translation>
    </message>
    <message>
      <source>This offer has no one-off fees: there is nothing to repay</source>
      <translation>Deze offerte heeft geen eenmalige kosten: er valt niets terug te verdienen</translation>
    </message>
    <message>
      <source>Months until the savings have repaid the fees</source>
      <translation>Maanden tot de besparing de kosten heeft terugverdiend</translation>
    </message>
    <message>
      <source>Import a signed offer…</source>
      <translation>Ondertekende offerte importeren…</translation>
    </message>
    <message>
      <source>Key in an offer…</source>
      <translation>Offerte invoeren…</translation>
    </message>
    <message>
      <source>An offer that came on paper or by e-mail</source>
      <translation>Een offerte die op papier of per e-mail kwam</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Aanvraag</translation>
    </message>
    <message>
      <source>Offers compared</source>
      <translation>Offertes vergeleken</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Afwijzen…</translation>
    </message>
    <message>
      <source>Accept…</source>
      <translation>Accepteren…</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Naast elkaar</translation>
    </message>
    <message>
      <source>No requests to this vendor yet. Ask for offers from the Share page or from a piece of advice.</source>
      <translation>Nog geen aanvragen bij deze aanbieder. Vraag offertes aan via de pagina Delen of vanuit een advies.</translation>
    </message>
    <message>
      <source>Money a year and over the term on the same amount; 'vs yours' and 'vs market' are what the offer saves a year</source>
      <translation>Geld per jaar en over de looptijd op hetzelfde bedrag; 't.o.v. de jouwe' en 't.o.v. de markt' is wat de offerte per jaar bespaart</translation>
    </message>
    <message>
      <source>{kind} insurance</source>
      <translation>{kind}verzekering</translation>
    </message>
    <message>
      <source>{n} years fixed</source>
      <translation>{n} jaar rentevast</translation>
    </message>
    <message>
      <source>asked {day}</source>
      <translation>aangevraagd {day}</translation>
    </message>
    <message>
      <source>Compared with {what}</source>
      <translation>Vergeleken met {what}</translation>
    </message>
    <message>
      <source>market: {rate} on {day} ({series})</source>
      <translation>markt: {rate} op {day} ({series})</translation>
    </message>
    <message>
      <source>no offers yet</source>
      <translation>nog geen offertes</translation>
    </message>
    <message>
      <source>What you have with them</source>
      <translation>Wat je bij hen hebt</translation>
    </message>
    <message>
      <source>What they know and offered</source>
      <translation>Wat ze weten en aanboden</translation>
    </message>
    <message>
      <source>Deletion requests</source>
      <translation>Verwijderverzoeken</translation>
    </message>
    <message>
      <source>You and {vendor}</source>
      <translation>Jij en {vendor}</translation>
    </message>
    <message>
      <source>balance unknown</source>
      <translation>saldo onbekend</translation>
    </message>
    <message>
      <source>{rate} a year</source>
      <translation>{rate} per jaar</translation>
    </message>
    <message>
      <source>{kind} policy: {premium} a year</source>
      <translation>{kind}polis: {premium} per jaar</translation>
    </message>
    <message>
      <source>Payments to them: {amount} a year</source>
      <translation>Betalingen aan hen: {amount} per jaar</translation>
    </message>
    <message>
      <source>No accounts or policies with them are keyed in.</source>
      <translation>Er zijn geen rekeningen of polissen bij hen ingevoerd.</translation>
    </message>
    <message>
      <source> (no facts shared)</source>
      <translation> (geen gegevens gedeeld)</translation>
    </message>
    <message>
      <source>premium {amount}</source>
      <translation>premie {amount}</translation>
    </message>
    <message>
      <source>terms in the offer</source>
      <translation>voorwaarden in de offerte</translation>
    </message>
    <message>
      <source>Offer of {day}: {what} ({status})</source>
      <translation>Offerte van {day}: {what} ({status})</translation>
    </message>
    <message>
      <source>Asked {asked}; confirmed {done} ({how}).</source>
      <translation>Gevraagd {asked}; bevestigd {done} ({how}).</translation>
    </message>
    <message>
      <source>OVERDUE: asked {asked}, the answer was due {due}.</source>
      <translation>TE LAAT: gevraagd {asked}, het antwoord moest er zijn op {due}.</translation>
    </message>
    <message>
      <source>Asked {asked}; answer due {due}.</source>
      <translation>Gevraagd {asked}; antwoord verwacht {due}.</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>TE LAAT</translation>
    </message>
    <message>
      <source>{name} (closed)</source>
      <translation>{name} (gesloten)</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>In {currency}</source>
      <translation>In {currency}</translation>
    </message>
    <message>
      <source>no rate</source>
      <translation>geen koers</translation>
    </message>
    <message>
      <source>No exchange rate {source}→{target}: {accounts} left out of the totals. Key in or import a rate.</source>
      <translation>Geen wisselkoers {source}→{target}: {accounts} buiten de totalen gelaten. Voer een koers in of importeer er een.</translation>
    </message>
    <message>
      <source>Press Enter or double-click an account to see its transactions.</source>
      <translation>Enter of dubbelklik toont de transacties.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>No accounts yet</source>
      <translation>Nog geen rekeningen</translation>
    </message>
    <message>
      <source>Balances on {day}</source>
      <translation>Saldi op {day}</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Heropenen</translation>
    </message>
    <message>
      <source>Show transactions</source>
      <translation>Transacties tonen</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <source>No transactions yet</source>
      <translation>Nog geen transacties</translation>
    </message>
    <message>
      <source>Once transactions are in this vault, this page shows your net worth, where your money goes, a forecast and what to do next. Add your accounts by hand or import your bank's statements (OFX, QFX, QIF, CSV, CAMT.053, MT940).</source>
      <translation>Zodra er transacties in deze kluis staan, toont deze pagina je nettovermogen, waar je geld heen gaat, een prognose en wat je als volgende kunt doen. Voeg je rekeningen met de hand toe of importeer de afschriften van je bank (OFX, QFX, QIF, CSV, CAMT.053, MT940).</translation>
    </message>
    <message>
      <source>Liquid cash</source>
      <translation>Direct beschikbaar</translation>
    </message>
    <message>
      <source>Income this month</source>
      <translation>Inkomsten deze maand</translation>
    </message>
    <message>
      <source>Spending this month</source>
      <translation>Uitgaven deze maand</translation>
    </message>
    <message>
      <source>Savings rate</source>
      <translation>Spaarquote</translation>
    </message>
    <message>
      <source>Emergency fund</source>
      <translation>Buffer</translation>
    </message>
    <message>
      <source>Asset allocation</source>
      <translation>Vermogensverdeling</translation>
    </message>
    <message>
      <source>Income and spending</source>
      <translation>Inkomsten en uitgaven</translation>
    </message>
    <message>
      <source>Spending by category</source>
      <translation>Uitgaven per categorie</translation>
    </message>
    <message>
      <source>Forecast, next 12 months</source>
      <translation>Prognose, komende 12 maanden</translation>
    </message>
    <message>
      <source>Forecast: {method}</source>
      <translation>Prognose: {method}</translation>
    </message>
    <message>
      <source>Checking, savings and cash</source>
      <translation>Betaal-, spaarrekeningen en contant</translation>
    </message>
    <message>
      <source>{amount} left over</source>
      <translation>{amount} over</translation>
    </message>
    <message>
      <source>Salary usually arrives on the {day}</source>
      <translation>Salaris komt meestal op de {day}</translation>
    </message>
    <message>
      <source>{amount} more than came in</source>
      <translation>{amount} meer dan er binnenkwam</translation>
    </message>
    <message>
      <source>No income in this period</source>
      <translation>Geen inkomsten in deze periode</translation>
    </message>
    <message>
      <source>of income kept, {period}</source>
      <translation>van het inkomen bewaard, {period}</translation>
    </message>
    <message>
      <source>Saving divided by income from {start} to {end}</source>
      <translation>Sparen gedeeld door inkomsten van {start} tot {end}</translation>
    </message>
    <message>
      <source>No essential spending recorded yet</source>
      <translation>Nog geen noodzakelijke uitgaven vastgelegd</translation>
    </message>
    <message>
      <source>of essential spending ({monthly} a month)</source>
      <translation>van de noodzakelijke uitgaven ({monthly} per maand)</translation>
    </message>
    <message>
      <source>Liquid money is below zero</source>
      <translation>Direct beschikbaar geld is onder nul</translation>
    </message>
    <message>
      <source>Income in {month}</source>
      <translation>Inkomsten in {month}</translation>
    </message>
    <message>
      <source>Spending in {month}</source>
      <translation>Uitgaven in {month}</translation>
    </message>
    <message>
      <source>Spending on {category}, {period}</source>
      <translation>Uitgaven aan {category}, {period}</translation>
    </message>
    <message>
      <source>Custom period</source>
      <translation>Aangepaste periode</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profiel</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Jouw gegevens</translation>
    </message>
    <message>
      <source>What no bank exports: who you are, what you earn, how you are insured and what you save for.</source>
      <translation>Wat geen bank exporteert: wie je bent, wat je verdient, hoe je verzekerd bent en waarvoor je spaart.</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Salaries, pensions and other income, as they reach your accounts.</source>
      <translation>Salarissen, pensioenen en ander inkomen, zoals ze op je rekeningen binnenkomen.</translation>
    </message>
    <message>
      <source>Add income…</source>
      <translation>Inkomen toevoegen…</translation>
    </message>
    <message>
      <source>No income keyed in</source>
      <translation>Geen inkomen ingevoerd</translation>
    </message>
    <message>
      <source>Add your salary or other income to see it next to what the bank shows.</source>
      <translation>Voeg je salaris of ander inkomen toe om het naast wat de bank toont te zien.</translation>
    </message>
    <message>
      <source>Insurance policies: what they cost, what they cover and when they renew.</source>
      <translation>Verzekeringen: wat ze kosten, wat ze dekken en wanneer ze verlengen.</translation>
    </message>
    <message>
      <source>Add a policy…</source>
      <translation>Polis toevoegen…</translation>
    </message>
    <message>
      <source>No policies keyed in</source>
      <translation>Geen polissen ingevoerd</translation>
    </message>
    <message>
      <source>Add your insurance policies to see their yearly cost and renewals.</source>
      <translation>Voeg je verzekeringen toe om hun jaarlijkse kosten en verlengingen te zien.</translation>
    </message>
    <message>
      <source>What you are saving for, and how far the linked accounts are.</source>
      <translation>Waarvoor je spaart, en hoe ver de gekoppelde rekeningen zijn.</translation>
    </message>
    <message>
      <source>Add a goal…</source>
      <translation>Doel toevoegen…</translation>
    </message>
    <message>
      <source>No goals yet</source>
      <translation>Nog geen doelen</translation>
    </message>
    <message>
      <source>Add a goal and link the accounts that hold the savings.</source>
      <translation>Voeg een doel toe en koppel de rekeningen waarop je ervoor spaart.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>What you have told each vendor, when, and on which terms.</source>
      <translation>Wat je elke aanbieder hebt verteld, wanneer, en onder welke voorwaarden.</translation>
    </message>
    <message>
      <source>Nothing shared yet</source>
      <translation>Nog niets gedeeld</translation>
    </message>
    <message>
      <source>Each time you share facts with a vendor, a receipt is kept here: what you told them, how precisely, on which terms and until when.</source>
      <translation>Elke keer dat je gegevens met een aanbieder deelt, wordt hier een ontvangstbewijs bewaard: wat je hun vertelde, hoe precies, onder welke voorwaarden en tot wanneer.</translation>
    </message>
    <message>
      <source>Share with a vendor…</source>
      <translation>Delen met een aanbieder…</translation>
    </message>
    <message>
      <source>{disclosures} to {vendors}.</source>
      <translation>{disclosures} aan {vendors}.</translation>
    </message>
    <message>
      <source>The draft is open in your mail program. Nothing is sent until you send it.</source>
      <translation>Het concept staat open in je e-mailprogramma. Er wordt niets verzonden tot jij het verstuurt.</translation>
    </message>
    <message>
      <source>No mail program answered, so the draft is on the clipboard for two minutes: paste it into an e-mail to the vendor.</source>
      <translation>Geen e-mailprogramma reageerde, dus het concept staat twee minuten op het klembord: plak het in een e-mail aan de aanbieder.</translation>
    </message>
    <message>
      <source>Import a signed offer</source>
      <translation>Ondertekende offerte importeren</translation>
    </message>
    <message>
      <source>Signed offers (*.jws);;All files (*)</source>
      <translation>Ondertekende offertes (*.jws);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>The folder could not be opened: {path}</source>
      <translation>De map kon niet worden geopend: {path}</translation>
    </message>
    <message>
      <source>Holdings</source>
      <translation>Beleggingen</translation>
    </message>
    <message>
      <source>Set holding…</source>
      <translation>Invoeren…</translation>
    </message>
    <message>
      <source>Delete holding</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Prices…</source>
      <translation>Koersen…</translation>
    </message>
    <message>
      <source>No holdings yet</source>
      <translation>Nog geen beleggingen</translation>
    </message>
    <message>
      <source>Add a brokerage or pension account</source>
      <translation>Voeg een beleggings- of pensioenrekening toe</translation>
    </message>
    <message>
      <source>Values on {day}, at each security's latest price on or before that day.</source>
      <translation>Waarden op {day}, tegen de laatste koers van elk effect op of vóór die dag.</translation>
    </message>
    <message>
      <source>in {currency}, valued holdings</source>
      <translation>in {currency}, gewaardeerde posities</translation>
    </message>
    <message>
      <source>of the valued holdings with a cost</source>
      <translation>van de gewaardeerde posities met een kostprijs</translation>
    </message>
    <message>
      <source>no holding has a cost yet</source>
      <translation>nog geen positie heeft een kostprijs</translation>
    </message>
    <message>
      <source>unknown until a valued holding has a cost</source>
      <translation>onbekend tot een gewaardeerde positie een kostprijs heeft</translation>
    </message>
    <message>
      <source>Set a holding to see its value, cost and gain here.</source>
      <translation>Stel een positie in om hier de waarde, kostprijs en het resultaat te zien.</translation>
    </message>
    <message>
      <source>Holdings belong to a brokerage or pension account: add one first.</source>
      <translation>Posities horen bij een beleggings- of pensioenrekening: voeg er eerst een toe.</translation>
    </message>
    <message>
      <source>Select a holding to edit it, delete it or see its prices.</source>
      <translation>Selecteer een positie om haar te bewerken, te verwijderen of de koersen te zien.</translation>
    </message>
    <message>
      <source>Not in the totals, no price yet: {symbols} (select it and press Prices… to add one).</source>
      <translation>Niet in de totalen, nog geen koers: {symbols} (selecteer het en klik op Koersen… om er een toe te voegen).</translation>
    </message>
    <message>
      <source>Not in the totals, no exchange rate to {currency}: {symbols}.</source>
      <translation>Niet in de totalen, geen wisselkoers naar {currency}: {symbols}.</translation>
    </message>
    <message>
      <source>Cost and gain leave out {symbols} (no cost given).</source>
      <translation>Kostprijs en resultaat zonder {symbols} (geen kostprijs opgegeven).</translation>
    </message>
    <message>
      <source>Every 6 months</source>
      <translation>Elke 6 maanden</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nieuw</translation>
    </message>
    <message>
      <source>price up</source>
      <translation>duurder</translation>
    </message>
    <message>
      <source>raise</source>
      <translation>opslag</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Hoe vaak</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Payments</source>
      <translation>Betalingen</translation>
    </message>
    <message>
      <source>{month} (from the {day})</source>
      <translation>{month} (vanaf de {day})</translation>
    </message>
    <message>
      <source>{month} (to the {day})</source>
      <translation>{month} (tot de {day})</translation>
    </message>
    <message>
      <source>current</source>
      <translation>lopend</translation>
    </message>
    <message>
      <source>Benchmark</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Koers</translation>
    </message>
    <message>
      <source>Dated</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Leeftijd</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Maand</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespaard</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Inzichten</translation>
    </message>
    <message>
      <source>Recurring payments</source>
      <translation>Terugkerende betalingen</translation>
    </message>
    <message>
      <source>Top payees</source>
      <translation>Grootste begunstigden</translation>
    </message>
    <message>
      <source>Month by month</source>
      <translation>Maand voor maand</translation>
    </message>
    <message>
      <source>Recurring payments and income</source>
      <translation>Terugkerende betalingen en inkomsten</translation>
    </message>
    <message>
      <source>Found in your history: what repeats, how much it costs a year, and when it comes next. Moves between your own accounts are left out.</source>
      <translation>Gevonden in je geschiedenis: wat terugkomt, wat het per jaar kost en wanneer het weer komt. Overboekingen tussen je eigen rekeningen zijn weggelaten.</translation>
    </message>
    <message>
      <source>Where the money went</source>
      <translation>Waar het geld heen ging</translation>
    </message>
    <message>
      <source>Benchmarks</source>
      <translation>Referentiecijfers</translation>
    </message>
    <message>
      <source>Benchmarks the advice compares with</source>
      <translation>Referentiecijfers waarmee het advies vergelijkt</translation>
    </message>
    <message>
      <source>Market figures from public sources, each with its date. A figure more than 3 months old is marked: the market may have moved since.</source>
      <translation>Marktcijfers uit openbare bronnen, elk met een datum. Een cijfer ouder dan 3 maanden wordt gemarkeerd: de markt kan sindsdien bewogen zijn.</translation>
    </message>
    <message>
      <source>The payees you spent most with, {period}.</source>
      <translation>De begunstigden waaraan je het meest uitgaf, {period}.</translation>
    </message>
    <message>
      <source>Income, spending and what was kept, newest first.</source>
      <translation>Inkomsten, uitgaven en wat er overbleef, nieuwste eerst.</translation>
    </message>
    <message>
      <source>Savings rate over {period}: {rate}.</source>
      <translation>Spaarquote over {period}: {rate}.</translation>
    </message>
    <message>
      <source>settings</source>
      <translation>instellingen</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Ctrl+7</source>
      <translation>Ctrl+7</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Weergave</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Volg het systeem</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <source>Theme: {name}</source>
      <translation>Thema: {name}</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>System</source>
      <translation>Systeem</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Beveiliging</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nooit</translation>
    </message>
    <message>
      <source>Lock after idle minutes</source>
      <translation>Vergrendelen na minuten inactiviteit</translation>
    </message>
    <message>
      <source>Lock after being idle for</source>
      <translation>Vergrendelen na inactiviteit van</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Nu vergrendelen</translation>
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <source>Lock the vault now</source>
      <translation>De kluis nu vergrendelen</translation>
    </message>
    <message>
      <source>or press Ctrl+L at any time</source>
      <translation>of druk op elk moment op Ctrl+L</translation>
    </message>
    <message>
      <source>Locking closes the vault and forgets its key; the window returns to the unlock screen.</source>
      <translation>Vergrendelen sluit de kluis en vergeet de sleutel; het venster keert terug naar het ontgrendelscherm.</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
      <source>Change the vault's passphrase</source>
      <translation>Het wachtwoord van de kluis wijzigen</translation>
    </message>
    <message>
      <source>This vault</source>
      <translation>Deze kluis</translation>
    </message>
    <message>
      <source>Totals shown in</source>
      <translation>Totalen getoond in</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Versleuteling</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Deze computer</translation>
    </message>
    <message>
      <source>Numbers and dates</source>
      <translation>Getallen en datums</translation>
    </message>
    <message>
      <source>Preferences file</source>
      <translation>Voorkeurenbestand</translation>
    </message>
    <message>
      <source>Preferences hold only the look, the auto-lock time and the paths of recent vaults. Passphrases and figures never leave the encrypted vault.</source>
      <translation>De voorkeuren bevatten alleen de weergave, de vergrendeltijd en de paden van recente kluizen. Wachtwoorden en bedragen verlaten de versleutelde kluis nooit.</translation>
    </message>
    <message>
      <source>Forget the list of recent vaults</source>
      <translation>De lijst met recente kluizen vergeten</translation>
    </message>
    <message>
      <source>{language} from the next start</source>
      <translation>{language} vanaf de volgende start</translation>
    </message>
    <message>
      <source>Recent vaults forgotten</source>
      <translation>Recente kluizen vergeten</translation>
    </message>
    <message>
      <source>SQLCipher 4 (AES-256, every page authenticated); key from your passphrase with {kdf}</source>
      <translation>SQLCipher 4 (AES-256, elke pagina geauthenticeerd); sleutel uit je wachtwoord met {kdf}</translation>
    </message>
    <message>
      <source>Passphrase changed. Use the new one from now on.</source>
      <translation>Wachtwoord gewijzigd. Gebruik vanaf nu het nieuwe.</translation>
    </message>
    <message>
      <source>A copy of a backup: enter the passphrase the vault had when the backup was made.</source>
      <translation>Een kopie van een back-up: voer het wachtwoord in dat de kluis had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
      <source>Choose what a vendor learns and how precisely. Nothing leaves this computer until you export, and every export is kept as a receipt in History.</source>
      <translation>Kies wat een aanbieder te weten komt en hoe precies. Niets verlaat deze computer tot je exporteert, en elke export wordt als ontvangstbewijs bewaard in Geschiedenis.</translation>
    </message>
    <message>
      <source>Ask several vendors for an offer at once</source>
      <translation>Vraag meerdere aanbieders tegelijk om een offerte</translation>
    </message>
    <message>
      <source>No vendors yet</source>
      <translation>Nog geen aanbieders</translation>
    </message>
    <message>
      <source>Add the bank, insurer, landlord or adviser you want to share with.</source>
      <translation>Voeg de bank, verzekeraar, verhuurder of adviseur toe met wie je wilt delen.</translation>
    </message>
    <message>
      <source>Add a vendor…</source>
      <translation>Aanbieder toevoegen…</translation>
    </message>
    <message>
      <source>Reading your vault…</source>
      <translation>Je kluis lezen…</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <source>See what leaves</source>
      <translation>Bekijk wat er weggaat</translation>
    </message>
    <message>
      <source>Scroll to the preview of the package</source>
      <translation>Naar de voorbeeldweergave van het pakket scrollen</translation>
    </message>
    <message>
      <source>Export package</source>
      <translation>Pakket exporteren</translation>
    </message>
    <message>
      <source>Export the package</source>
      <translation>Het pakket exporteren</translation>
    </message>
    <message>
      <source>Open the package folder</source>
      <translation>De pakketmap openen</translation>
    </message>
    <message>
      <source>See it in History</source>
      <translation>Bekijk het in Geschiedenis</translation>
    </message>
    <message>
      <source>{n} requests written to {folder}. Offers that come back are compared in History.</source>
      <translation>{n} aanvragen geschreven naar {folder}. Offertes die terugkomen worden vergeleken in Geschiedenis.</translation>
    </message>
    <message>
      <source>The vault could not be read</source>
      <translation>De kluis kon niet worden gelezen</translation>
    </message>
    <message>
      <source>Nothing was written. {reason}</source>
      <translation>Er is niets geschreven. {reason}</translation>
    </message>
    <message>
      <source>Nothing was written. Add {vendor}'s public key (Edit) to send it encrypted.</source>
      <translation>Er is niets geschreven. Voeg de openbare sleutel van {vendor} toe (Bewerken) om het versleuteld te verzenden.</translation>
    </message>
    <message>
      <source>Nothing was saved. {reason}</source>
      <translation>Er is niets opgeslagen. {reason}</translation>
    </message>
    <message>
      <source>Your public key was saved to {path}.</source>
      <translation>Je openbare sleutel is opgeslagen in {path}.</translation>
    </message>
    <message>
      <source>Packages go to {folder}</source>
      <translation>Pakketten gaan naar {folder}</translation>
    </message>
    <message>
      <source>Import bank statements (Ctrl+I)</source>
      <translation>Bankafschriften importeren (Ctrl+I)</translation>
    </message>
    <message>
      <source>Add transaction</source>
      <translation>Transactie toevoegen</translation>
    </message>
    <message>
      <source>Loading transactions</source>
      <translation>Transacties laden</translation>
    </message>
    <message>
      <source>No transactions match</source>
      <translation>Geen transacties gevonden</translation>
    </message>
    <message>
      <source>Try another search, or clear the filters.</source>
      <translation>Probeer een andere zoekopdracht, of wis de filters.</translation>
    </message>
    <message>
      <source>Clear the filters</source>
      <translation>Filters wissen</translation>
    </message>
    <message>
      <source>No transactions</source>
      <translation>Geen transacties</translation>
    </message>
    <message>
      <source>The rows shown: {what}.</source>
      <translation>De getoonde rijen: {what}.</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Woning</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inboedel</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>Auto</translation>
    </message>
    <message>
      <source>Life</source>
      <translation>Leven</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Zorg</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>Aansprakelijkheid</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>Reis</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Arbeidsongeschiktheid</translation>
    </message>
    <message>
      <source>Legal aid</source>
      <translation>Rechtsbijstand</translation>
    </message>
    <message>
      <source>a week</source>
      <translation>per week</translation>
    </message>
    <message>
      <source>a month</source>
      <translation>per maand</translation>
    </message>
    <message>
      <source>a quarter</source>
      <translation>per kwartaal</translation>
    </message>
    <message>
      <source>every six months</source>
      <translation>per halfjaar</translation>
    </message>
    <message>
      <source>a year</source>
      <translation>per jaar</translation>
    </message>
    <message>
      <source>Salary</source>
      <translation>Salaris</translation>
    </message>
    <message>
      <source>Self-employed</source>
      <translation>Zelfstandig</translation>
    </message>
    <message>
      <source>Benefits</source>
      <translation>Uitkering</translation>
    </message>
    <message>
      <source>Rental</source>
      <translation>Huurinkomsten</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <source>Fund</source>
      <translation>Fonds</translation>
    </message>
    <message>
      <source>Bond</source>
      <translation>Obligatie</translation>
    </message>
    <message>
      <source>Equity</source>
      <translation>Aandelen</translation>
    </message>
    <message>
      <source>Bonds</source>
      <translation>Obligaties</translation>
    </message>
    <message>
      <source>Real estate</source>
      <translation>Vastgoed</translation>
    </message>
    <message>
      <source>Commodities</source>
      <translation>Grondstoffen</translation>
    </message>
    <message>
      <source>Employed</source>
      <translation>In loondienst</translation>
    </message>
    <message>
      <source>Unemployed</source>
      <translation>Werkloos</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Gepensioneerd</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Student</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>Huurder</translation>
    </message>
    <message>
      <source>With family</source>
      <translation>Bij familie</translation>
    </message>
    <message>
      <source>Edit policy</source>
      <translation>Polis bewerken</translation>
    </message>
    <message>
      <source>Add an insurance policy</source>
      <translation>Verzekering toevoegen</translation>
    </message>
    <message>
      <source>Save policy</source>
      <translation>Polis opslaan</translation>
    </message>
    <message>
      <source>Insurer</source>
      <translation>Verzekeraar</translation>
    </message>
    <message>
      <source>Premium</source>
      <translation>Premie</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Betaald</translation>
    </message>
    <message>
      <source>Cover</source>
      <translation>Dekking</translation>
    </message>
    <message>
      <source>Deductible</source>
      <translation>Eigen risico</translation>
    </message>
    <message>
      <source>Renewal date</source>
      <translation>Verlengdatum</translation>
    </message>
    <message>
      <source>Paid from</source>
      <translation>Betaald van</translation>
    </message>
    <message>
      <source>No account</source>
      <translation>Geen rekening</translation>
    </message>
    <message>
      <source>Edit income</source>
      <translation>Inkomen bewerken</translation>
    </message>
    <message>
      <source>Add an income source</source>
      <translation>Inkomstenbron toevoegen</translation>
    </message>
    <message>
      <source>Save income</source>
      <translation>Inkomen opslaan</translation>
    </message>
    <message>
      <source>Employer or payer</source>
      <translation>Werkgever of betaler</translation>
    </message>
    <message>
      <source>Net amount</source>
      <translation>Nettobedrag</translation>
    </message>
    <message>
      <source>What reaches the account each time</source>
      <translation>Wat er elke keer op de rekening komt</translation>
    </message>
    <message>
      <source>Gross amount</source>
      <translation>Brutobedrag</translation>
    </message>
    <message>
      <source>Pay day</source>
      <translation>Betaaldag</translation>
    </message>
    <message>
      <source>day of the month</source>
      <translation>dag van de maand</translation>
    </message>
    <message>
      <source>Paid into</source>
      <translation>Gestort op</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Doel bewerken</translation>
    </message>
    <message>
      <source>Save goal</source>
      <translation>Doel opslaan</translation>
    </message>
    <message>
      <source>Target amount</source>
      <translation>Doelbedrag</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Streefdatum</translation>
    </message>
    <message>
      <source>Saved in</source>
      <translation>Gespaard op</translation>
    </message>
    <message>
      <source>Progress is the balance of these accounts today</source>
      <translation>De voortgang is het saldo van deze rekeningen vandaag</translation>
    </message>
    <message>
      <source>Edit holding</source>
      <translation>Positie bewerken</translation>
    </message>
    <message>
      <source>Set a holding</source>
      <translation>Positie instellen</translation>
    </message>
    <message>
      <source>Save holding</source>
      <translation>Positie opslaan</translation>
    </message>
    <message>
      <source>How many units an account holds; a new symbol adds the security.</source>
      <translation>Hoeveel stuks een rekening bevat; een nieuw symbool voegt het effect toe.</translation>
    </message>
    <message>
      <source>ISIN</source>
      <translation>ISIN</translation>
    </message>
    <message>
      <source>Asset class</source>
      <translation>Beleggingscategorie</translation>
    </message>
    <message>
      <source>units</source>
      <translation>stuks</translation>
    </message>
    <message>
      <source>What the units cost in total (for the gain)</source>
      <translation>Wat de stuks samen kostten (voor het resultaat)</translation>
    </message>
    <message>
      <source>Add a price of {symbol}</source>
      <translation>Koers van {symbol} toevoegen</translation>
    </message>
    <message>
      <source>Save price</source>
      <translation>Koers opslaan</translation>
    </message>
    <message>
      <source>per unit</source>
      <translation>per stuk</translation>
    </message>
    <message>
      <source>Edit your profile</source>
      <translation>Je profiel bewerken</translation>
    </message>
    <message>
      <source>Save profile</source>
      <translation>Profiel opslaan</translation>
    </message>
    <message>
      <source>Only what you fill in can ever be shared, and only when you choose to.</source>
      <translation>Alleen wat je invult kan ooit gedeeld worden, en alleen als jij dat kiest.</translation>
    </message>
    <message>
      <source>Not filled</source>
      <translation>Niet ingevuld</translation>
    </message>
    <message>
      <source>{amount} {per}</source>
      <translation>{amount} {per}</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Iets anders</translation>
    </message>
    <message>
      <source>No cross-selling</source>
      <translation>Geen kruisverkoop</translation>
    </message>
    <message>
      <source>No phone calls</source>
      <translation>Geen telefoontjes</translation>
    </message>
    <message>
      <source>What they learn (optional)</source>
      <translation>Wat ze te weten komen (optioneel)</translation>
    </message>
    <message>
      <source>Tick facts to send with the request, at the precision you choose; nothing else about you goes with it. Facts your vault does not know cannot be ticked.</source>
      <translation>Vink gegevens aan om met de aanvraag mee te sturen, met de precisie die je kiest; verder gaat er niets over jou mee. Gegevens die je kluis niet kent, kun je niet aanvinken.</translation>
    </message>
    <message>
      <source>Ask for offers</source>
      <translation>Offertes aanvragen</translation>
    </message>
    <message>
      <source>Sign and write requests</source>
      <translation>Aanvragen ondertekenen en schrijven</translation>
    </message>
    <message>
      <source>One signed request goes to each vendor you tick (encrypted to those with a key). It says what you want and what you do not want, and shares only the facts you tick under “What they learn”. Offers that come back are compared in History.</source>
      <translation>Elke aanbieder die je aanvinkt krijgt één ondertekende aanvraag (versleuteld voor wie een sleutel heeft). Die zegt wat je wel en niet wilt, en deelt alleen de gegevens die je aanvinkt onder “Wat ze te weten komen”. Offertes die terugkomen worden vergeleken in Geschiedenis.</translation>
    </message>
    <message>
      <source>What you want</source>
      <translation>Wat je wilt</translation>
    </message>
    <message>
      <source>Kind of insurance</source>
      <translation>Soort verzekering</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Maakt niet uit</translation>
    </message>
    <message>
      <source>How much to borrow, save or insure, in {currency}.</source>
      <translation>Hoeveel je wilt lenen, sparen of verzekeren, in {currency}.</translation>
    </message>
    <message>
      <source>years</source>
      <translation>jaar</translation>
    </message>
    <message>
      <source>I want</source>
      <translation>Ik wil</translation>
    </message>
    <message>
      <source>I do not want</source>
      <translation>Ik wil niet</translation>
    </message>
    <message>
      <source>One per line, e.g. 10-year fixed rate</source>
      <translation>Eén per regel, bijv. 10 jaar rentevast</translation>
    </message>
    <message>
      <source>One per line, e.g. no phone calls</source>
      <translation>Eén per regel, bijv. geen telefoontjes</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>Antwoord vóór</translation>
    </message>
    <message>
      <source>Vendors should answer by this day.</source>
      <translation>Aanbieders moeten vóór deze dag antwoorden.</translation>
    </message>
    <message>
      <source>Who to ask</source>
      <translation>Wie je vraagt</translation>
    </message>
    <message>
      <source>Tick at least one.</source>
      <translation>Vink er minstens één aan.</translation>
    </message>
    <message>
      <source>tick at least one vendor</source>
      <translation>vink minstens één aanbieder aan</translation>
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk);;All files (*)</source>
      <translation>cmrdesk-kluizen (*.cmrdesk);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Welcome to cmrdesk</source>
      <translation>Welkom bij cmrdesk</translation>
    </message>
    <message>
      <source>Your finances in one encrypted file on this computer.</source>
      <translation>Je financiën in één versleuteld bestand op deze computer.</translation>
    </message>
    <message>
      <source>Create a new vault</source>
      <translation>Nieuwe kluis maken</translation>
    </message>
    <message>
      <source>Start fresh. You choose the passphrase; nobody else can open it.</source>
      <translation>Begin opnieuw. Jij kiest het wachtwoord; niemand anders kan hem openen.</translation>
    </message>
    <message>
      <source>Open a vault…</source>
      <translation>Kluis openen…</translation>
    </message>
    <message>
      <source>A .cmrdesk file you already have, from this or another computer.</source>
      <translation>Een .cmrdesk-bestand dat je al hebt, van deze of een andere computer.</translation>
    </message>
    <message>
      <source>Explore the demo</source>
      <translation>Bekijk de demo</translation>
    </message>
    <message>
      <source>A made-up household with ten years of history. Passphrase: demo.</source>
      <translation>Een verzonnen huishouden met tien jaar geschiedenis. Wachtwoord: demo.</translation>
    </message>
    <message>
      <source>Recent vaults</source>
      <translation>Recente kluizen</translation>
    </message>
    <message>
      <source>Nothing leaves this computer unless you export it. No account, no cloud, no tracking.</source>
      <translation>Niets verlaat deze computer tenzij je het exporteert. Geen account, geen cloud, geen tracking.</translation>
    </message>
    <message>
      <source>Open recent vault {name}</source>
      <translation>Recente kluis {name} openen</translation>
    </message>
    <message>
      <source>Unlock your vault</source>
      <translation>Ontgrendel je kluis</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Enter the passphrase of this vault</source>
      <translation>Voer het wachtwoord van deze kluis in</translation>
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation>Toon het wachtwoord</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <source>Working</source>
      <translation>Bezig</translation>
    </message>
    <message>
      <source>Choose another vault</source>
      <translation>Andere kluis kiezen</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <source>Enter the passphrase first.</source>
      <translation>Voer eerst het wachtwoord in.</translation>
    </message>
    <message>
      <source>Deriving the key from your passphrase…</source>
      <translation>Sleutel afleiden van je wachtwoord…</translation>
    </message>
    <message>
      <source>Everything you add is stored in this one file, encrypted with a key made from your passphrase.</source>
      <translation>Alles wat je toevoegt wordt in dit ene bestand bewaard, versleuteld met een sleutel die uit je wachtwoord wordt gemaakt.</translation>
    </message>
    <message>
      <source>Where the vault file will live</source>
      <translation>Waar het kluisbestand komt te staan</translation>
    </message>
    <message>
      <source>Choose where to save the vault</source>
      <translation>Kies waar de kluis wordt opgeslagen</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
      <source>Currency for totals</source>
      <translation>Valuta voor totalen</translation>
    </message>
    <message>
      <source>Show totals in</source>
      <translation>Totalen tonen in</translation>
    </message>
    <message>
      <source>There is no way to recover a forgotten passphrase: write it down and keep it somewhere safe.</source>
      <translation>Een vergeten wachtwoord is op geen enkele manier te herstellen: schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Kluis maken</translation>
    </message>
    <message>
      <source>Where should the vault live?</source>
      <translation>Waar moet de kluis komen?</translation>
    </message>
    <message>
      <source>Open a vault</source>
      <translation>Een kluis openen</translation>
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk)</source>
      <translation>cmrdesk-kluizen (*.cmrdesk)</translation>
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation>Een back-up opslaan</translation>
    </message>
    <message>
      <source>Folder for automatic backups</source>
      <translation>Map voor automatische back-ups</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Terugzetten vanaf een back-up</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault; it opens with the passphrase the vault had when the copy was made.</source>
      <translation>Een back-up is een versleutelde kopie van de hele kluis; hij opent met het wachtwoord dat de kluis had toen de kopie werd gemaakt.</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Nu een back-up maken…</translation>
    </message>
    <message>
      <source>Save an encrypted copy of the vault now</source>
      <translation>Nu een versleutelde kopie van de kluis opslaan</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Terugzetten vanaf een back-up…</translation>
    </message>
    <message>
      <source>Open a backup copy in a new window</source>
      <translation>Een back-up openen in een nieuw venster</translation>
    </message>
    <message>
      <source>Back up automatically before each import and once a day</source>
      <translation>Automatisch een back-up maken vóór elke import en één keer per dag</translation>
    </message>
    <message>
      <source>No folder chosen</source>
      <translation>Geen map gekozen</translation>
    </message>
    <message>
      <source>Choose the folder for automatic backups</source>
      <translation>Kies de map voor automatische back-ups</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Map</translation>
    </message>
    <message>
      <source> backups</source>
      <translation> back-ups</translation>
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation>Hoeveel automatische back-ups te bewaren</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Bewaar de nieuwste</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Back-up geschreven: {path}</translation>
    </message>
    <message>
      <source>{count} automatic backups in the folder; newest {when} ({name})</source>
      <translation>{count} automatische back-ups in de map; nieuwste {when} ({name})</translation>
    </message>
    <message>
      <source>No automatic backup in this folder yet.</source>
      <translation>Nog geen automatische back-up in deze map.</translation>
    </message>
    <message>
      <source>Automatic backups are off until you choose a folder.</source>
      <translation>Automatische back-ups staan uit tot je een map kiest.</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Back-up schrijven…</translation>
    </message>
    <message>
      <source>Copying the backup…</source>
      <translation>Back-up kopiëren…</translation>
    </message>
    <message>
      <source>The backup was copied to {path} and opens in a new window; this vault is unchanged.</source>
      <translation>De back-up is gekopieerd naar {path} en opent in een nieuw venster; deze kluis is ongewijzigd.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Het wachtwoord wijzigen</translation>
    </message>
    <message>
      <source>The vault is re-encrypted under a key made from the new passphrase, in one step: if anything fails, the old passphrase still opens it. Backups made before keep the passphrase they were made with.</source>
      <translation>De kluis wordt in één stap opnieuw versleuteld met een sleutel uit het nieuwe wachtwoord: als er iets misgaat, opent het oude wachtwoord hem nog steeds. Eerder gemaakte back-ups houden het wachtwoord waarmee ze gemaakt zijn.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
      <source>Re-encrypting the vault…</source>
      <translation>De kluis opnieuw versleutelen…</translation>
    </message>
    <message>
      <source>Advice compares your rates with public figures: ECB interest and exchange rates and Eurostat inflation. cmrdesk ships a dated copy; updating asks the ECB and Eurostat for the newest ones over HTTPS and sends nothing about you.</source>
      <translation>Het advies vergelijkt je rentes met openbare cijfers: rentes en wisselkoersen van de ECB en inflatie van Eurostat. cmrdesk levert een gedateerde kopie mee; bijwerken vraagt de ECB en Eurostat via HTTPS om de nieuwste en stuurt niets over jou.</translation>
    </message>
    <message>
      <source>Allow fetching public market data when I press Update</source>
      <translation>Openbare marktgegevens ophalen toestaan als ik op Bijwerken druk</translation>
    </message>
    <message>
      <source>Update market data</source>
      <translation>Marktgegevens bijwerken</translation>
    </message>
    <message>
      <source>Fetch the newest public market data now</source>
      <translation>Nu de nieuwste openbare marktgegevens ophalen</translation>
    </message>
    <message>
      <source>Never updated: advice uses the figures shipped with cmrdesk, each named with its date.</source>
      <translation>Nooit bijgewerkt: het advies gebruikt de cijfers die met cmrdesk zijn meegeleverd, elk met de datum erbij.</translation>
    </message>
    <message>
      <source>Last updated {when} UTC: {count} series, {new} new and {updated} updated figures; the newest is of {newest}.</source>
      <translation>Laatst bijgewerkt {when} UTC: {count} reeksen, {new} nieuwe en {updated} bijgewerkte cijfers; het nieuwste is van {newest}.</translation>
    </message>
    <message>
      <source>Fetching from the ECB and Eurostat…</source>
      <translation>Ophalen bij de ECB en Eurostat…</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>1. Who receives it</source>
      <translation>1. Wie het ontvangt</translation>
    </message>
    <message>
      <source>New vendor…</source>
      <translation>Nieuwe aanbieder…</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Bewerken</translation>
    </message>
    <message>
      <source>Saved choices for this vendor</source>
      <translation>Opgeslagen keuzes voor deze aanbieder</translation>
    </message>
    <message>
      <source>Save these choices…</source>
      <translation>Deze keuzes opslaan…</translation>
    </message>
    <message>
      <source>Saved choices</source>
      <translation>Opgeslagen keuzes</translation>
    </message>
    <message>
      <source>2. Why</source>
      <translation>2. Waarom</translation>
    </message>
    <message>
      <source>— choose a purpose —</source>
      <translation>— kies een doel —</translation>
    </message>
    <message>
      <source>In your own words, what it is for</source>
      <translation>In je eigen woorden, waarvoor het is</translation>
    </message>
    <message>
      <source>Purpose in your own words</source>
      <translation>Doel in je eigen woorden</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Choosing a purpose ticks the fields it usually needs, at the least revealing precision that answers it. Fields your vault does not know are never ticked.</source>
      <translation>Een doel kiezen vinkt de velden aan die het meestal nodig heeft, met de minst onthullende precisie die volstaat. Velden die je kluis niet kent, worden nooit aangevinkt.</translation>
    </message>
    <message>
      <source>3. What they learn</source>
      <translation>3. Wat ze te weten komen</translation>
    </message>
    <message>
      <source>4. On your terms</source>
      <translation>4. Op jouw voorwaarden</translation>
    </message>
    <message>
      <source> days</source>
      <translation> dagen</translation>
    </message>
    <message>
      <source>Delete after</source>
      <translation>Verwijderen na</translation>
    </message>
    <message>
      <source>Law that applies (country code)</source>
      <translation>Toepasselijk recht (landcode)</translation>
    </message>
    <message>
      <source>Law of (country code)</source>
      <translation>Recht van (landcode)</translation>
    </message>
    <message>
      <source>They may pass it on to third parties</source>
      <translation>Ze mogen het doorgeven aan derden</translation>
    </message>
    <message>
      <source>They may profile or score me beyond this purpose</source>
      <translation>Ze mogen mij profileren of scoren buiten dit doel</translation>
    </message>
    <message>
      <source>They may use it for marketing</source>
      <translation>Ze mogen het gebruiken voor marketing</translation>
    </message>
    <message>
      <source>They must delete it when I ask</source>
      <translation>Ze moeten het verwijderen als ik daarom vraag</translation>
    </message>
    <message>
      <source>5. What you want from them</source>
      <translation>5. Wat je van hen wilt</translation>
    </message>
    <message>
      <source>e.g. fixed-rate mortgage offers up to 250,000 over 10–15 years; no credit cards</source>
      <translation>bijv. hypotheekoffertes met vaste rente tot 250.000 over 10–15 jaar; geen creditcards</translation>
    </message>
    <message>
      <source>What you want from them</source>
      <translation>Wat je van hen wilt</translation>
    </message>
    <message>
      <source>Contact me by</source>
      <translation>Neem contact op via</translation>
    </message>
    <message>
      <source>Your signing key</source>
      <translation>Je ondertekensleutel</translation>
    </message>
    <message>
      <source>Save your public key for a vendor to pin…</source>
      <translation>Je openbare sleutel opslaan zodat een aanbieder hem kan vastleggen…</translation>
    </message>
    <message>
      <source>— choose who receives it —</source>
      <translation>— kies wie het ontvangt —</translation>
    </message>
    <message>
      <source>Nothing is ticked until you choose who receives it.</source>
      <translation>Er is niets aangevinkt tot je kiest wie het ontvangt.</translation>
    </message>
    <message>
      <source>no public key: packages are signed, not encrypted, and anyone who gets them can read them</source>
      <translation>geen openbare sleutel: pakketten worden ondertekend, niet versleuteld, en iedereen die ze krijgt kan ze lezen</translation>
    </message>
    <message>
      <source>encrypted to their key {key}</source>
      <translation>versleuteld met hun sleutel {key}</translation>
    </message>
    <message>
      <source>their {curve} key signs only: packages are not encrypted</source>
      <translation>hun {curve}-sleutel kan alleen ondertekenen: pakketten worden niet versleuteld</translation>
    </message>
    <message>
      <source>None saved</source>
      <translation>Geen opgeslagen</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— kies —</translation>
    </message>
    <message>
      <source>Every package is signed with your {key}. Vendors can pin this fingerprint to know later packages come from you.</source>
      <translation>Elk pakket wordt ondertekend met je {key}. Aanbieders kunnen deze vingerafdruk vastleggen om later te weten dat pakketten van jou komen.</translation>
    </message>
    <message>
      <source>choose a vendor</source>
      <translation>kies een aanbieder</translation>
    </message>
    <message>
      <source>choose a purpose under “2. Why”</source>
      <translation>kies een doel onder “2. Waarom”</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <source>Landlord</source>
      <translation>Verhuurder</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>Adviseur</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Werkgever</translation>
    </message>
    <message>
      <source>Edit vendor</source>
      <translation>Aanbieder bewerken</translation>
    </message>
    <message>
      <source>New vendor</source>
      <translation>Nieuwe aanbieder</translation>
    </message>
    <message>
      <source>e.g. De Hypotheker Utrecht</source>
      <translation>bijv. De Hypotheker Utrecht</translation>
    </message>
    <message>
      <source>where drafts about disclosures go</source>
      <translation>waar concepten over verstrekkingen heen gaan</translation>
    </message>
    <message>
      <source>Paste their public key (JWK or PEM), or load it from a file. Without one, packages are signed but not encrypted.</source>
      <translation>Plak hun openbare sleutel (JWK of PEM), of laad hem uit een bestand. Zonder sleutel worden pakketten ondertekend maar niet versleuteld.</translation>
    </message>
    <message>
      <source>Load key from file…</source>
      <translation>Sleutel uit bestand laden…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>Openbare sleutel</translation>
    </message>
    <message>
      <source>Optional: their offer-signing key (sign-public.jwk), to verify offers they send</source>
      <translation>Optioneel: hun sleutel voor het ondertekenen van offertes (sign-public.jwk), om offertes van hen te verifiëren</translation>
    </message>
    <message>
      <source>Offer-signing key</source>
      <translation>Sleutel voor offertes</translation>
    </message>
    <message>
      <source>Signs offers with</source>
      <translation>Ondertekent offertes met</translation>
    </message>
    <message>
      <source>Fingerprint to compare</source>
      <translation>Vingerafdruk om te vergelijken</translation>
    </message>
    <message>
      <source>Fingerprint of their key</source>
      <translation>Vingerafdruk van hun sleutel</translation>
    </message>
    <message>
      <source>Fingerprint to compare: {key}</source>
      <translation>Vingerafdruk om te vergelijken: {key}</translation>
    </message>
    <message>
      <source>No key: packages will be signed, not encrypted, and anyone who gets them can read them.</source>
      <translation>Geen sleutel: pakketten worden ondertekend, niet versleuteld, en iedereen die ze krijgt kan ze lezen.</translation>
    </message>
    <message>
      <source>Packages will be encrypted to this key.</source>
      <translation>Pakketten worden met deze sleutel versleuteld.</translation>
    </message>
    <message>
      <source>A signing key: packages will be signed, not encrypted.</source>
      <translation>Een ondertekensleutel: pakketten worden ondertekend, niet versleuteld.</translation>
    </message>
    <message>
      <source>{what} Compare the fingerprint above with the one the vendor gave you before you save.</source>
      <translation>{what} Vergelijk de vingerafdruk hierboven met die van de aanbieder voordat je opslaat.</translation>
    </message>
    <message>
      <source>Vendor's public key</source>
      <translation>Openbare sleutel van de aanbieder</translation>
    </message>
    <message>
      <source>Keys (*.jwk *.json *.pem *.pub);;All files (*)</source>
      <translation>Sleutels (*.jwk *.json *.pem *.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>give the vendor a name</source>
      <translation>geef de aanbieder een naam</translation>
    </message>
    <message>
      <source>Yes/no: at least</source>
      <translation>Ja/nee: minstens</translation>
    </message>
    <message>
      <source>Range of width</source>
      <translation>Bandbreedte van</translation>
    </message>
    <message>
      <source>Rounded to</source>
      <translation>Afgerond op</translation>
    </message>
    <message>
      <source>How precisely to share “{label}”</source>
      <translation>Hoe precies “{label}” te delen</translation>
    </message>
    <message>
      <source>Now: {value}</source>
      <translation>Nu: {value}</translation>
    </message>
    <message>
      <source>Kind of precision</source>
      <translation>Soort precisie</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Getal</translation>
    </message>
    <message>
      <source>The vendor will see:</source>
      <translation>De aanbieder ziet:</translation>
    </message>
    <message>
      <source>Enter a number above zero.</source>
      <translation>Voer een getal boven nul in.</translation>
    </message>
    <message>
      <source>Send a readable package?</source>
      <translation>Een leesbaar pakket versturen?</translation>
    </message>
    <message>
      <source>{vendor} has given no key to encrypt to, so this package will be signed but not encrypted: anyone who gets the files — by a forwarded e-mail, a shared folder or a lost USB stick — can read every field in it.</source>
      <translation>{vendor} heeft geen sleutel gegeven om mee te versleutelen, dus dit pakket wordt ondertekend maar niet versleuteld: iedereen die de bestanden krijgt — via een doorgestuurde e-mail, een gedeelde map of een verloren USB-stick — kan elk veld erin lezen.</translation>
    </message>
    <message>
      <source>Is a readable package what you want? To send it encrypted, cancel and add their public key with “Edit”.</source>
      <translation>Wil je een leesbaar pakket? Om het versleuteld te versturen, annuleer en voeg hun openbare sleutel toe met “Bewerken”.</translation>
    </message>
    <message>
      <source>Export readable package</source>
      <translation>Leesbaar pakket exporteren</translation>
    </message>
    <message>
      <source>Save these choices</source>
      <translation>Deze keuzes opslaan</translation>
    </message>
    <message>
      <source>Name (for example the purpose):</source>
      <translation>Naam (bijvoorbeeld het doel):</translation>
    </message>
    <message>
      <source>Where packages go</source>
      <translation>Waar pakketten heen gaan</translation>
    </message>
    <message>
      <source>Save your public key</source>
      <translation>Je openbare sleutel opslaan</translation>
    </message>
    <message>
      <source>JSON Web Key (*.jwk)</source>
      <translation>JSON Web Key (*.jwk)</translation>
    </message>
    <message>
      <source>Vendor “{name}” saved.</source>
      <translation>Aanbieder “{name}” opgeslagen.</translation>
    </message>
    <message>
      <source>{n} field(s) of “{name}” are not known in your vault today; they are left out.</source>
      <translation>{n} veld(en) van “{name}” zijn vandaag niet bekend in je kluis; die worden weggelaten.</translation>
    </message>
    <message>
      <source>Choose a vendor</source>
      <translation>Kies een aanbieder</translation>
    </message>
    <message>
      <source>Pick who receives it first: nothing is ticked until then.</source>
      <translation>Kies eerst wie het ontvangt: tot dan is er niets aangevinkt.</translation>
    </message>
    <message>
      <source>This cannot be shared yet</source>
      <translation>Dit kan nog niet gedeeld worden</translation>
    </message>
    <message>
      <source>No field ticked</source>
      <translation>Geen veld aangevinkt</translation>
    </message>
    <message>
      <source>Tick the fields they need. Unticked fields are not in the package at all.</source>
      <translation>Vink de velden aan die ze nodig hebben. Niet-aangevinkte velden zitten helemaal niet in het pakket.</translation>
    </message>
    <message>
      <source>Signing and writing the package…</source>
      <translation>Het pakket ondertekenen en schrijven…</translation>
    </message>
    <message>
      <source>signed and encrypted</source>
      <translation>ondertekend en versleuteld</translation>
    </message>
    <message>
      <source>signed</source>
      <translation>ondertekend</translation>
    </message>
    <message>
      <source>Exported, {how}: {path}. A receipt is in History.</source>
      <translation>Geëxporteerd, {how}: {path}. Een ontvangstbewijs staat in Geschiedenis.</translation>
    </message>
    <message>
      <source>Saved as “{name}”: next time, choosing this vendor fills it in with that day's figures.</source>
      <translation>Opgeslagen als “{name}”: als je deze aanbieder de volgende keer kiest, wordt het ingevuld met de cijfers van die dag.</translation>
    </message>
    <message>
      <source>They see</source>
      <translation>Zij zien</translation>
    </message>
    <message>
      <source>Preview of what the vendor receives</source>
      <translation>Voorbeeld van wat de aanbieder ontvangt</translation>
    </message>
    <message>
      <source>What leaves this computer</source>
      <translation>Wat deze computer verlaat</translation>
    </message>
    <message>
      <source>Fields as the vendor sees them</source>
      <translation>Velden zoals de aanbieder ze ziet</translation>
    </message>
    <message>
      <source>Their terms of use</source>
      <translation>Hun gebruiksvoorwaarden</translation>
    </message>
    <message>
      <source>What you ask for</source>
      <translation>Wat je vraagt</translation>
    </message>
    <message>
      <source>The package</source>
      <translation>Het pakket</translation>
    </message>
    <message>
      <source>Show the signed data (JSON)</source>
      <translation>Toon de ondertekende gegevens (JSON)</translation>
    </message>
    <message>
      <source>The disclosure as signed JSON</source>
      <translation>De verstrekking als ondertekende JSON</translation>
    </message>
    <message>
      <source>Nothing to preview yet</source>
      <translation>Nog niets om te tonen</translation>
    </message>
    <message>
      <source>Choose a vendor and tick at least one field. The preview shows, word for word, what they will receive.</source>
      <translation>Kies een aanbieder en vink minstens één veld aan. Het voorbeeld toont woord voor woord wat ze ontvangen.</translation>
    </message>
    <message>
      <source>To &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation>Aan &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Signed with your key ({signer} …) and encrypted to their {curve} key ({theirs} …): only they can read it.</source>
      <translation>Ondertekend met je sleutel ({signer} …) en versleuteld met hun {curve}-sleutel ({theirs} …): alleen zij kunnen het lezen.</translation>
    </message>
    <message>
      <source>Signed with your key ({signer} …), not encrypted: anyone who gets the files can read them.</source>
      <translation>Ondertekend met je sleutel ({signer} …), niet versleuteld: iedereen die de bestanden krijgt kan ze lezen.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt;: {text}</source>
      <translation>&lt;b&gt;{kind}&lt;/b&gt;: {text}</translation>
    </message>
    <message>
      <source>(no description)</source>
      <translation>(geen omschrijving)</translation>
    </message>
    <message>
      <source>Figures as of {as_of} · valid until {expires}</source>
      <translation>Cijfers per {as_of} · geldig tot {expires}</translation>
    </message>
    <message>
      <source>Contact me by: {ways}</source>
      <translation>Neem contact op via: {ways}</translation>
    </message>
    <message>
      <source>(nothing asked)</source>
      <translation>(niets gevraagd)</translation>
    </message>
    <message>
      <source>Folder “{folder}” with {files}. {count}.</source>
      <translation>Map “{folder}” met {files}. {count}.</translation>
    </message>
    <message>
      <source>Hide the signed data</source>
      <translation>Verberg de ondertekende gegevens</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Vergrendelen</translation>
    </message>
    <message>
      <source>Lock the vault (Ctrl+L)</source>
      <translation>De kluis vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
      <source>Lock the vault</source>
      <translation>De kluis vergrendelen</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Sterkte</translation>
    </message>
    <message>
      <source>Very weak</source>
      <translation>Zeer zwak</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation>Zwak</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Redelijk</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation>Sterk</translation>
    </message>
    <message>
      <source>Very strong</source>
      <translation>Zeer sterk</translation>
    </message>
    <message>
      <source>Four or more unrelated words make a strong, memorable passphrase.</source>
      <translation>Vier of meer losse woorden maken een sterk wachtwoord dat je kunt onthouden.</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>Goed.</translation>
    </message>
    <message>
      <source>Choose a stronger passphrase (at least “Fair”).</source>
      <translation>Kies een sterker wachtwoord (minstens “Redelijk”).</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
      <source>Edit transaction</source>
      <translation>Transactie bewerken</translation>
    </message>
    <message>
      <source>Add a transaction</source>
      <translation>Een transactie toevoegen</translation>
    </message>
    <message>
      <source>Money out is negative: -12.50</source>
      <translation>Uitgaand geld is negatief: -12,50</translation>
    </message>
    <message>
      <source>Transfer to another own account</source>
      <translation>Overboeking naar een andere eigen rekening</translation>
    </message>
    <message>
      <source>Other account</source>
      <translation>Andere rekening</translation>
    </message>
    <message>
      <source>Books {this} on {here} and {that} on {other}.</source>
      <translation>Boekt {this} op {here} en {that} op {other}.</translation>
    </message>
    <message>
      <source>No other open account in this currency.</source>
      <translation>Geen andere open rekening in deze valuta.</translation>
    </message>
    <message>
      <source>Add an account first: every transaction belongs to one.</source>
      <translation>Voeg eerst een rekening toe: elke transactie hoort bij een rekening.</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Voorstel</translation>
    </message>
    <message>
      <source>As the bank wrote it: {text}</source>
      <translation>Zoals de bank het schreef: {text}</translation>
    </message>
    <message>
      <source>A move between your own accounts</source>
      <translation>Een overboeking tussen je eigen rekeningen</translation>
    </message>
    <message>
      <source>Reconciled with a bank statement</source>
      <translation>Afgestemd met een bankafschrift</translation>
    </message>
    <message>
      <source>Split over several categories: open Split… to see the parts</source>
      <translation>Gesplitst over meerdere categorieën: open Splitsen… om de delen te zien</translation>
    </message>
    <message>
      <source>change</source>
      <translation>wijziging</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>Pot statements</source>
      <translation>Pensioenoverzichten</translation>
    </message>
    <message>
      <source>Valuations</source>
      <translation>Waarderingen</translation>
    </message>
    <message>
      <source>The value on a date, from a statement or an appraisal; the latest one is the balance.</source>
      <translation>De waarde op een datum, uit een overzicht of een taxatie; de laatste is het saldo.</translation>
    </message>
    <message>
      <source>Valuation date</source>
      <translation>Waarderingsdatum</translation>
    </message>
    <message>
      <source>Value in {currency}</source>
      <translation>Waarde in {currency}</translation>
    </message>
    <message>
      <source>Source (statement, appraisal)</source>
      <translation>Bron (overzicht, taxatie)</translation>
    </message>
    <message>
      <source>3M</source>
      <translation>3M</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Dit jaar</translation>
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
      <translation>Aangepast…</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Laatste 3 maanden</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Laatste 12 maanden</translation>
    </message>
    <message>
      <source>Last 5 years</source>
      <translation>Laatste 5 jaar</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>Alle tijd</translation>
    </message>
    <message>
      <source>Creating your vault…</source>
      <translation>Je kluis maken…</translation>
    </message>
    <message>
      <source>Opening the demo household…</source>
      <translation>Demohuishouden openen…</translation>
    </message>
    <message>
      <source>Creating the demo household: ten years of made-up history…</source>
      <translation>Demohuishouden maken: tien jaar verzonnen geschiedenis…</translation>
    </message>
    <message>
      <source>Locked. Enter your passphrase to continue.</source>
      <translation>Vergrendeld. Voer je wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
      <source>Locked after {minutes} idle minutes. Enter your passphrase to continue.</source>
      <translation>Vergrendeld na {minutes} minuten inactiviteit. Voer je wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
      <source>{n} month old</source>
      <translation>{n} maand oud</translation>
    </message>
    <message>
      <source>{n} months old</source>
      <translation>{n} maanden oud</translation>
    </message>
    <message>
      <source>Show {n} more</source>
      <translation>Toon {n} meer</translation>
    </message>
    <message>
      <source>Assets</source>
      <translation>Bezittingen</translation>
    </message>
    <message>
      <source>{share} of assets</source>
      <translation>{share} van de bezittingen</translation>
    </message>
    <message>
      <source>Renews tomorrow</source>
      <translation>Verlengt morgen</translation>
    </message>
    <message>
      <source>Renews in {n} days</source>
      <translation>Verlengt over {n} dagen</translation>
    </message>
    <message>
      <source>Show the {n} field that stayed the same</source>
      <translation>Toon het {n} veld dat hetzelfde bleef</translation>
    </message>
    <message>
      <source>Show the {n} fields that stayed the same</source>
      <translation>Toon de {n} velden die hetzelfde bleven</translation>
    </message>
    <message>
      <source>{n} field</source>
      <translation>{n} veld</translation>
    </message>
    <message>
      <source>{n} fields</source>
      <translation>{n} velden</translation>
    </message>
    <message>
      <source>{n} expired</source>
      <translation>{n} verlopen</translation>
    </message>
    <message>
      <source>{n} disclosure</source>
      <translation>{n} verstrekking</translation>
    </message>
    <message>
      <source>{n} disclosures</source>
      <translation>{n} verstrekkingen</translation>
    </message>
    <message>
      <source>{n} disclosure has expired.</source>
      <translation>{n} verstrekking is verlopen.</translation>
    </message>
    <message>
      <source>{n} disclosures have expired.</source>
      <translation>{n} verstrekkingen zijn verlopen.</translation>
    </message>
    <message>
      <source>{n} day left</source>
      <translation>{n} dag over</translation>
    </message>
    <message>
      <source>{n} days left</source>
      <translation>{n} dagen over</translation>
    </message>
    <message>
      <source>{n} file to import</source>
      <translation>{n} bestand om te importeren</translation>
    </message>
    <message>
      <source>{n} files to import</source>
      <translation>{n} bestanden om te importeren</translation>
    </message>
    <message>
      <source>{n} statement</source>
      <translation>{n} afschrift</translation>
    </message>
    <message>
      <source>{n} statements</source>
      <translation>{n} afschriften</translation>
    </message>
    <message>
      <source>{n} left out</source>
      <translation>{n} weggelaten</translation>
    </message>
    <message>
      <source>{n} file</source>
      <translation>{n} bestand</translation>
    </message>
    <message>
      <source>{n} files</source>
      <translation>{n} bestanden</translation>
    </message>
    <message>
      <source>{n} new</source>
      <translation>{n} nieuw</translation>
    </message>
    <message>
      <source>{n} duplicate</source>
      <translation>{n} dubbele</translation>
    </message>
    <message>
      <source>{n} duplicates</source>
      <translation>{n} dubbele</translation>
    </message>
    <message>
      <source>{n} pending (skipped)</source>
      <translation>{n} in behandeling (overgeslagen)</translation>
    </message>
    <message>
      <source>{n} new transaction</source>
      <translation>{n} nieuwe transactie</translation>
    </message>
    <message>
      <source>{n} new transactions</source>
      <translation>{n} nieuwe transacties</translation>
    </message>
    <message>
      <source>Reconciled: {n} transaction marked</source>
      <translation>Afgestemd: {n} transactie gemarkeerd</translation>
    </message>
    <message>
      <source>Reconciled: {n} transactions marked</source>
      <translation>Afgestemd: {n} transacties gemarkeerd</translation>
    </message>
    <message>
      <source>Exported {n} transaction to {file}</source>
      <translation>{n} transactie geëxporteerd naar {file}</translation>
    </message>
    <message>
      <source>Exported {n} transactions to {file}</source>
      <translation>{n} transacties geëxporteerd naar {file}</translation>
    </message>
    <message>
      <source>{n} suggestion turned down</source>
      <translation>{n} voorstel afgewezen</translation>
    </message>
    <message>
      <source>{n} suggestions turned down</source>
      <translation>{n} voorstellen afgewezen</translation>
    </message>
    <message>
      <source>{n} row not yet reconciled</source>
      <translation>{n} rij nog niet afgestemd</translation>
    </message>
    <message>
      <source>{n} rows not yet reconciled</source>
      <translation>{n} rijen nog niet afgestemd</translation>
    </message>
    <message>
      <source>{n} past transaction matches</source>
      <translation>{n} eerdere transactie past</translation>
    </message>
    <message>
      <source>{n} past transactions match</source>
      <translation>{n} eerdere transacties passen</translation>
    </message>
    <message>
      <source>{n} would change</source>
      <translation>te wijzigen: {n}</translation>
    </message>
    <message>
      <source>{n} month</source>
      <translation>{n} maand</translation>
    </message>
    <message>
      <source>{n} months</source>
      <translation>{n} maanden</translation>
    </message>
    <message>
      <source>{n} request for offers</source>
      <translation>{n} offerteaanvraag</translation>
    </message>
    <message>
      <source>{n} requests for offers</source>
      <translation>{n} offerteaanvragen</translation>
    </message>
    <message>
      <source>{n} year</source>
      <translation>{n} jaar</translation>
    </message>
    <message>
      <source>{n} years</source>
      <translation>{n} jaar</translation>
    </message>
    <message>
      <source>{n} account</source>
      <translation>{n} rekening</translation>
    </message>
    <message>
      <source>{n} accounts</source>
      <translation>{n} rekeningen</translation>
    </message>
    <message>
      <source>The bank data disagrees with {n} figure you keyed in: see below.</source>
      <translation>De bankgegevens wijken af van {n} cijfer dat je invoerde: zie hieronder.</translation>
    </message>
    <message>
      <source>The bank data disagrees with {n} figures you keyed in: see below.</source>
      <translation>De bankgegevens wijken af van {n} cijfers die je invoerde: zie hieronder.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <source>{n} vendor</source>
      <translation>{n} aanbieder</translation>
    </message>
    <message>
      <source>{n} vendors</source>
      <translation>{n} aanbieders</translation>
    </message>
    <message>
      <source>{n} has expired: ask for it to be deleted.</source>
      <translation>{n} is verlopen: vraag om verwijdering.</translation>
    </message>
    <message>
      <source>{n} have expired: ask for them to be deleted.</source>
      <translation>{n} zijn verlopen: vraag om verwijdering.</translation>
    </message>
    <message>
      <source>{n} benchmark is more than 3 months old; advice that cites it says so.</source>
      <translation>{n} referentiecijfer is ouder dan 3 maanden; advies dat het noemt, zegt dat erbij.</translation>
    </message>
    <message>
      <source>{n} benchmarks are more than 3 months old; advice that cites them says so.</source>
      <translation>{n} referentiecijfers zijn ouder dan 3 maanden; advies dat ze noemt, zegt dat erbij.</translation>
    </message>
    <message>
      <source>{n} minute</source>
      <translation>{n} minuut</translation>
    </message>
    <message>
      <source>{n} minutes</source>
      <translation>{n} minuten</translation>
    </message>
    <message>
      <source>{n} transaction</source>
      <translation>{n} transactie</translation>
    </message>
    <message>
      <source>{n} transactions</source>
      <translation>{n} transacties</translation>
    </message>
    <message>
      <source>where</source>
      <translation>met</translation>
    </message>
    <message>
      <source>total</source>
      <translation>totaal</translation>
    </message>
    <message>
      <source>encrypted</source>
      <translation>versleuteld</translation>
    </message>
    <message>
      <source>signed, not encrypted</source>
      <translation>ondertekend, niet versleuteld</translation>
    </message>
  </context>
</TS>
