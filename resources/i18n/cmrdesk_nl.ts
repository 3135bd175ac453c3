<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>cmrdesk</name>
    <message>
      <source>Bank statements (*.ofx *.qfx *.qif *.csv *.txt *.xml *.sta *.mt940 *.940)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import statements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete '{name}' and {what} with it? Policies, income and goals that name it are kept. Edit &gt; Undo brings it all back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mortgage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brokerage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Property</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other asset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. ING Checking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Three letters, ISO 4217 (EUR, USD, GBP…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank or provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IBAN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The balance before the first transaction; what you owe is negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The day of the opening balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interest rate, % a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>APR, % a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Charged on what is carried over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount borrowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate fixed until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Term ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Own contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid in by you, a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employer contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid in by your employer, a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Securities held in this account are keyed in on the Holdings page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open its holdings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the account first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no Holdings page yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provider</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liquid money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Essential spending a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target (low)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target (high)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still to save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expensive debt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interest a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counts as expensive from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idle money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kept for spending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renews on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Premium a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings rate, recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings rate, before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved, recent months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income, recent months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid in, last 12 complete months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid in, share of income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Invested in total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Together a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needed a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving a month, recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projected balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{months} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market figure from {date}, {age}: it may have changed since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market figure from {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the numbers for: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compared with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask for offers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide the numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What should I do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most important first; each item shows what it is worth.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to act on right now. Well done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show fewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Investments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Debts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deriving the key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creating the encrypted file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the demo household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balances and recurring payments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net worth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point at the chart for the figures of a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click a bar to see its transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uncategorised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Likely range (80 %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>likely {low} to {high}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In 12 months: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bank shows {amount} {per} (last paid on {day}), not {keyed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bank shows {amount} {per} since {month}, not {keyed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update to {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gross {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} net a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>paid into {account}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no account chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>usually on day {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cover {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deductible {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>paid from {account}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>since {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>renews on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renews today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>by {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no target date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>saved in {accounts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{saved} of {target} ({share})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No linked account, so progress is unknown: edit the goal to choose the accounts that hold the savings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress unknown: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you fill in here is what the Share page can offer to a vendor, field by field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit profile…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{filled} of {total} filled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>filled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not filled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no vault at this place any more. Was the file moved or renamed?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file is not a cmrdesk vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault is damaged or has been tampered with. Restore it from a backup; cmrdesk will not show data it cannot authenticate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault is open in another cmrdesk window. Close that one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault was written by a newer cmrdesk. Update cmrdesk to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A file already exists there. Choose another name; cmrdesk never overwrites a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be used: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong ({kind}). Your vault was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown — {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untick all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vendor sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields to share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its value in your vault today; it leaves only as you choose on the right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}: your vault cannot tell this yet ({why}), so it cannot be shared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key it in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key in {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to where this is entered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not shared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the vendor sees of {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other precision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} of {total} ticked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>must not be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text!r} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>must be at least {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>must be at most {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income: salary and other pay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurance policies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pension: pot statements and contributions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a pension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Property: a home and what it is worth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a property</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Investments: holdings and prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Holdings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals: what you are saving for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile: the facts you may choose to share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill in your profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start with your accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the accounts you have by hand, or import the statements your bank lets you download (OFX, QFX, QIF, CSV, CAMT.053, MT940). Everything stays in this encrypted vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Then key in what no bank exports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show fields that stayed the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{when} · {purpose}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is the only disclosure to them so far: there is nothing to compare it with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is the first disclosure to them. Choose another one above to see what changed between the two.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} field added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fields added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} field changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fields changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} field left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fields left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From {older} to {newer}: {changes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From {older} to {newer}: every field was told the same way.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also changed: {sections}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields as sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you asked for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disclosure {number} to {vendor}, sent {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encrypted to {vendor}'s key and signed by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed by you, not encrypted: {vendor} gave no encryption key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wants to hear about: {items}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not want: {items}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact by: {ways}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing beyond the purpose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package folder still holds exactly what was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The files in the package folder no longer match the receipt: something changed them after the export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package folder is gone (moved or deleted). The receipt below still says what was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>what you asked for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the expiry date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the vendor's details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} · latest {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone you have shared with, told most recently first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendors told something</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Told earlier, not in the latest disclosure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What {vendor} knows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Told {n} times since {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Told once, on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vendor is no longer in your list of vendors.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disclosures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one to see exactly what it told them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft deletion request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking them to delete what this disclosure told them. Nothing is sent until you send it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open an e-mail to the vendor in your mail program asking where things stand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open package folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disclosure of {sent} expired on {day}: {vendor} may no longer use it. If they have not deleted it yet, ask them to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{vendor} may use the disclosure of {sent} until {day} ({left}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package folder is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no price yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISIN {isin}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Symbol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{price} on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prices of {symbol}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add price…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: {n} prices. The latest on or before a day values the holding that day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} has no price yet: its holdings have no value until you add one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reads as: date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decimal mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thousands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file's first rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remember for this bank as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remember for this bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read with your saved profile '{name}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Columns detected from the file; change any that is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every date in the file could be day-first or month-first: choose the date format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Line {line}: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role of {column}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>type a name first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(pending)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each file is read completely before anything is written. Choose the account a statement goes into; a file that cannot be read is left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set its columns in the next step: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not imported: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>market data: {n} rates/prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No files yet: add some, or drop them on the window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account for {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (matched by {how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown, no dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new: {name} ({kind}, {currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove import '{name}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every file imported into this vault. Removing an import takes out exactly the transactions it added; Edit &gt; Undo brings them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has been imported into this vault yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this import?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove every transaction that importing '{name}' added? Edit &gt; Undo brings them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import '{name}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import {files}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept every suggested category at or above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lowest confidence accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duplicates (already in the vault)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No category suggestions: no rule matches and the vault has too little categorised history to learn from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first {shown} of {rows} rows are listed; the threshold applies to all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept {category} for {payee}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your rules are applied on every import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balance: unknown, because the file states no closing balance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statement balance {stated}; the vault's is unknown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statement balance {stated} = the vault's after import {vault}: reconciled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statement balance {stated}, the vault's after import {vault}: a difference of {difference}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Likely cause: {cause}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing {files}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel leaves the vault exactly as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling… nothing will be kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See every import in the import history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault is exactly as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{new} in all. Edit &gt; Undo (Ctrl+Z) takes the whole import back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>into the new account '{name}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>into '{name}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} by your rules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} you accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} categorised ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none categorised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reconciled: the vault's balance is {stated}, as the statement says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Does not reconcile: the statement says {stated}, the vault {vault}, a difference of {difference}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply learned categories on import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your rules always apply. Learned categories are only suggested in the import's review unless you choose a confidence here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never: only suggest them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When at least {percent} sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change when learned categories apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import &amp;history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lock vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quarterly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every six months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yearly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key in an offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type in an offer that came on paper or by e-mail. It is kept as keyed in: no signature vouches for it, so check it against the letter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate (% a year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>APR (% a year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The yearly percentage rate with costs, if the offer states it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Term (years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fixed rate (years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Premium ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Premium paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cover ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Own risk ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price a month ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-off fees ({currency})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What taking the offer costs once: advice, valuation, notary, closing the old one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offer accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offer declined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offer from {vendor} verified and added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Personal loan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{status} on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>signed by {vendor}'s pinned key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>keyed in by hand, no signature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>valid until {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vs yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vs market</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eff. rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yearly rate including fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Months until the savings have repaid the fees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market average</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt; · {amount} a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost a year on the same amount; below zero is interest earned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a signed offer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key in an offer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An offer that came on paper or by e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offers compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No requests to this vendor yet. Ask for offers from the Share page or from a piece of advice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Money a year and over the term on the same amount; 'vs yours' and 'vs market' are what the offer saves a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} years fixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>asked {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compared with {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>market: {rate} on {day} ({series})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no offers yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you have with them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What they know and offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deletion requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You and {vendor}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>balance unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rate} a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} policy: {premium} a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payments to them: {amount} a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No accounts or policies with them are keyed in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (no facts shared)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>premium {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>terms in the offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offer of {day}: {what} ({status})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asked {asked}; confirmed {done} ({how}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OVERDUE: asked {asked}, the answer was due {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asked {asked}; answer due {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OVERDUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (closed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In {currency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No exchange rate {source}→{target}: {accounts} left out of the totals. Key in or import a rate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Enter or double-click an account to see its transactions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No accounts yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balances on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No transactions yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Once transactions are in this vault, this page shows your net worth, where your money goes, a forecast and what to do next. Add your accounts by hand or import your bank's statements (OFX, QFX, QIF, CSV, CAMT.053, MT940).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liquid cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spending this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Emergency fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asset allocation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income and spending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spending by category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast, next 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast: {method}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking, savings and cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} left over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Salary usually arrives on the {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} more than came in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No income in this period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of income kept, {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving divided by income from {start} to {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No essential spending recorded yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of essential spending ({monthly} a month)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liquid money is below zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spending in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spending on {category}, {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What no bank exports: who you are, what you earn, how you are insured and what you save for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Salaries, pensions and other income, as they reach your accounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add income…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No income keyed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your salary or other income to see it next to what the bank shows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurance policies: what they cost, what they cover and when they renew.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a policy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No policies keyed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add your insurance policies to see their yearly cost and renewals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you are saving for, and how far the linked accounts are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a goal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No goals yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a goal and link the accounts that hold the savings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you have told each vendor, when, and on which terms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing shared yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each time you share facts with a vendor, a receipt is kept here: what you told them, how precisely, on which terms and until when.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share with a vendor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{disclosures} to {vendors}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The draft is open in your mail program. Nothing is sent until you send it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mail program answered, so the draft is on the clipboard for two minutes: paste it into an e-mail to the vendor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import a signed offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed offers (*.jws);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder could not be opened: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Holdings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set holding…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete holding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prices…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No holdings yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a brokerage or pension account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Values on {day}, at each security's latest price on or before that day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in {currency}, valued holdings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of the valued holdings with a cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no holding has a cost yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown until a valued holding has a cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set a holding to see its value, cost and gain here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Holdings belong to a brokerage or pension account: add one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a holding to edit it, delete it or see its prices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in the totals, no price yet: {symbols} (select it and press Prices… to add one).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in the totals, no exchange rate to {currency}: {symbols}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost and gain leave out {symbols} (no cost given).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every 6 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>price up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>raise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How often</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Payments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month} (from the {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month} (to the {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>current</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Benchmark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recurring payments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Top payees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month by month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recurring payments and income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found in your history: what repeats, how much it costs a year, and when it comes next. Moves between your own accounts are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the money went</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Benchmarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Benchmarks the advice compares with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market figures from public sources, each with its date. A figure more than 3 months old is marked: the market may have moved since.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The payees you spent most with, {period}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Income, spending and what was kept, newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings rate over {period}: {rate}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+7</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appearance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theme: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock after idle minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock after being idle for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock the vault now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>or press Ctrl+L at any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locking closes the vault and forgets its key; the window returns to the unlock screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the vault's passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Totals shown in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encryption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numbers and dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferences file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preferences hold only the look, the auto-lock time and the paths of recent vaults. Passphrases and figures never leave the encrypted vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget the list of recent vaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{language} from the next start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent vaults forgotten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SQLCipher 4 (AES-256, every page authenticated); key from your passphrase with {kdf}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase changed. Use the new one from now on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A copy of a backup: enter the passphrase the vault had when the backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what a vendor learns and how precisely. Nothing leaves this computer until you export, and every export is kept as a receipt in History.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask several vendors for an offer at once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No vendors yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the bank, insurer, landlord or adviser you want to share with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a vendor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading your vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See what leaves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scroll to the preview of the package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the package folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See it in History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} requests written to {folder}. Offers that come back are compared in History.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was written. {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was written. Add {vendor}'s public key (Edit) to send it encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was saved. {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your public key was saved to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Packages go to {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import bank statements (Ctrl+I)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search payee or memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show all transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the chart's filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From the dashboard:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No transactions match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try another search, or clear the filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Life</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Liability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal aid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every six months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Salary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Self-employed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Benefits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rental</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Equity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bonds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Real estate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commodities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unemployed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Student</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tenant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an insurance policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save policy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Premium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an income source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save income</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employer or payer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Net amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What reaches the account each time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gross amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pay day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>day of the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress is the balance of these accounts today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit holding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set a holding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save holding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many units an account holds; a new symbol adds the security.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asset class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the units cost in total (for the gain)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a price of {symbol}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>per unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit your profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only what you fill in can ever be shared, and only when you choose to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not filled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{amount} {per}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No cross-selling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No phone calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask for offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign and write requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One signed request goes to each vendor you tick (encrypted to those with a key). It says what you want and what you do not want, and shares no other facts. Offers that come back are compared in History.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you want</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How much to borrow, save or insure, in {currency}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I want</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I do not want</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line, e.g. 10-year fixed rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line, e.g. no phone calls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answer by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendors should answer by this day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who to ask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick at least one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tick at least one vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to cmrdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your finances in one encrypted file on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a new vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start fresh. You choose the passphrase; nobody else can open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A .cmrdesk file you already have, from this or another computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A made-up household with ten years of history. Passphrase: demo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent vaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing leaves this computer unless you export it. No account, no cloud, no tracking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open recent vault {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock your vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the passphrase of this vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose another vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the passphrase first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deriving the key from your passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything you add is stored in this one file, encrypted with a key made from your passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the vault file will live</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose where to save the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Currency for totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show totals in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no way to recover a forgotten passphrase: write it down and keep it somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Very weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Very strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Four or more unrelated words make a strong, memorable passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a stronger passphrase (at least “Fair”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where should the vault live?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmrdesk vaults (*.cmrdesk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder for automatic backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault; it opens with the passphrase the vault had when the copy was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save an encrypted copy of the vault now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a backup copy in a new window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up automatically before each import and once a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No folder chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the folder for automatic backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the newest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} automatic backups in the folder; newest {when} ({name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No automatic backup in this folder yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Automatic backups are off until you choose a folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copying the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup was copied to {path} and opens in a new window; this vault is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vault is re-encrypted under a key made from the new passphrase, in one step: if anything fails, the old passphrase still opens it. Backups made before keep the passphrase they were made with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-encrypting the vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Advice compares your rates with public figures: ECB interest and exchange rates and Eurostat inflation. cmrdesk ships a dated copy; updating asks the ECB and Eurostat for the newest ones over HTTPS and sends nothing about you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow fetching public market data when I press Update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update market data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch the newest public market data now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Never updated: advice uses the figures shipped with cmrdesk, each named with its date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last updated {when} UTC: {count} series, {new} new and {updated} updated figures; the newest is of {newest}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetching from the ECB and Eurostat…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1. Who receives it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New vendor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved choices for this vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save these choices…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2. Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choose a purpose —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In your own words, what it is for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Purpose in your own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choosing a purpose ticks the fields it usually needs, at the least revealing precision that answers it. Fields your vault does not know are never ticked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3. What they learn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>4. On your terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Law that applies (country code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Law of (country code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They may pass it on to third parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They may profile or score me beyond this purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They may use it for marketing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They must delete it when I ask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>5. What you want from them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. fixed-rate mortgage offers up to 250,000 over 10–15 years; no credit cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you want from them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact me by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your signing key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save your public key for a vendor to pin…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choose who receives it —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is ticked until you choose who receives it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no public key: packages are signed, not encrypted, and anyone who gets them can read them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>encrypted to their key {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>their {curve} key signs only: packages are not encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— choose —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every package is signed with your {key}. Vendors can pin this fingerprint to know later packages come from you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose a vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose a purpose under “2. Why”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Landlord</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adviser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. De Hypotheker Utrecht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>where drafts about disclosures go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste their public key (JWK or PEM), or load it from a file. Without one, packages are signed but not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Load key from file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: their offer-signing key (sign-public.jwk), to verify offers they send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offer-signing key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs offers with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fingerprint to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fingerprint of their key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fingerprint to compare: {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No key: packages will be signed, not encrypted, and anyone who gets them can read them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Packages will be encrypted to this key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A signing key: packages will be signed, not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} Compare the fingerprint above with the one the vendor gave you before you save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendor's public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys (*.jwk *.json *.pem *.pub);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give the vendor a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes/no: at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Range of width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rounded to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How precisely to share “{label}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind of precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The vendor will see:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a number above zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Send a readable package?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{vendor} has given no key to encrypt to, so this package will be signed but not encrypted: anyone who gets the files — by a forwarded e-mail, a shared folder or a lost USB stick — can read every field in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is a readable package what you want? To send it encrypted, cancel and add their public key with “Edit”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export readable package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save these choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name (for example the purpose):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where packages go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save your public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON Web Key (*.jwk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendor “{name}” saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} field(s) of “{name}” are not known in your vault today; they are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick who receives it first: nothing is ticked until then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This cannot be shared yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No field ticked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tick the fields they need. Unticked fields are not in the package at all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing and writing the package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>signed and encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported, {how}: {path}. A receipt is in History.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved as “{name}”: next time, choosing this vendor fills it in with that day's figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>They see</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview of what the vendor receives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What leaves this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields as the vendor sees them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their terms of use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you ask for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the signed data (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disclosure as signed JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to preview yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a vendor and tick at least one field. The preview shows, word for word, what they will receive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To &lt;b&gt;{name}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed with your key ({signer} …) and encrypted to their {curve} key ({theirs} …): only they can read it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed with your key ({signer} …), not encrypted: anyone who gets the files can read them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt;: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no description)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figures as of {as_of} · valid until {expires}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact me by: {ways}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(nothing asked)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder “{folder}” with {files}. {count}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide the signed data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Money out is negative: -12.50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer to another own account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no category called {name!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Books {this} on {here} and {that} on {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No other open account in this currency.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an account first: every transaction belongs to one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As the bank wrote it: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A move between your own accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pot statements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valuations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value on a date, from a statement or an appraisal; the latest one is the balance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valuation date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value in {currency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source (statement, appraisal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3M</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12M</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>5Y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 3 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 5 years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock the vault (Ctrl+L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creating your vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the demo household…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creating the demo household: ten years of made-up history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked. Enter your passphrase to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked after {minutes} idle minutes. Enter your passphrase to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} month old</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} months old</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show {n} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renews tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renews in {n} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the {n} field that stayed the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the {n} fields that stayed the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} disclosure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} disclosures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} disclosure has expired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} disclosures have expired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} day left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} days left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} file to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} files to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} statements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} pending (skipped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} new transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} new transactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} request for offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} requests for offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bank data disagrees with {n} figure you keyed in: see below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bank data disagrees with {n} figures you keyed in: see below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} vendor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} vendors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} has expired: ask for it to be deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} have expired: ask for them to be deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} benchmark is more than 3 months old; advice that cites it says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} benchmarks are more than 3 months old; advice that cites them says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} transaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} transactions</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
