/** English interface strings; fr.ts mirrors every key (its type is checked against this one). */
export const en = {
  app: { name: 'Media Kit Manager', skip: 'Skip to content', language: 'Language', readOnly: 'Read-only: another window has this library open.' },
  nav: { label: 'Main', releases: 'Releases', kits: 'Media kits', logos: 'Logos', contacts: 'Contacts & sheets', organizations: 'Organizations', trash: 'Trash' },
  collections: { releases: 'Release', kits: 'Kit', logos: 'Logo', contacts: 'Contact', sheets: 'Sheet', organizations: 'Organization' },
  common: {
    actions: 'Actions', all: 'All', apply: 'Apply', cancel: 'Cancel', close: 'Close', delete: 'Delete', loading: 'Loading…', missing: '(missing)',
    moveUp: 'Move {{name}} up', moveDown: 'Move {{name}} down', removeItem: 'Remove {{name}}', nothingToAdd: 'Nothing more to add', ok: 'OK', rename: 'Rename',
    save: 'Save', saving: 'Saving…', untitled: 'Untitled',
  },
  search: { label: 'Search the library', placeholder: 'Search releases, contacts, logos, kits…', none: 'Nothing found', results: 'Search results' },
  shortcuts: {
    title: 'Keyboard shortcuts', keys: 'Keys', action: 'Action', search: 'Search', newRelease: 'New release', export: 'Export the open release or kit', undo: 'Undo',
    redo: 'Redo', bold: 'Bold', italic: 'Italic', save: 'Save now', sections: 'Go to a section of the sidebar', help: 'Show this help', close: 'Close a dialog or the search',
  },
  save: { idle: 'All changes saved', saving: 'Saving…', saved: 'Saved', error: 'Not saved: {{message}} (retrying)', restored: 'Unsaved changes from your last session were restored.' },
  status: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', published: 'Published', archived: 'Archived' },
  langs: { 'fr-CA': 'French (Québec)', 'fr-FR': 'French (France)', 'en-US': 'English (US)', 'en-GB': 'English (UK)', ja: 'Japanese' },
  baseLangs: { fr: 'French', en: 'English', ja: 'Japanese' },
  variants: { primary: 'Primary', horizontal: 'Horizontal', monochrome: 'Monochrome', reversed: 'Reversed', icon: 'Icon' },
  sectionTypes: { release: 'Release', logos: 'Logos', contacts: 'Press contacts', boilerplates: 'About the organizations', text: 'Free text' },
  releases: {
    new: 'New release', count_one: '{{count}} release shown of {{total}}', count_other: '{{count}} releases shown of {{total}}', filters: 'Filters', status: 'Status', language: 'Language', tag: 'Tag',
    from: 'From', to: 'To', clearFilters: 'Clear filters', headline: 'Headline', date: 'Date', updated: 'Updated', empty: 'No releases yet. Create one or drop a file here.',
    noMatch: 'No release matches these filters.', tags: 'Tags', tagPlaceholder: 'Add a tag and press Enter',
  },
  editor: {
    form: 'Release details', label: 'Label', labelPlaceholder: 'e.g. PRESS RELEASE / FOR IMMEDIATE RELEASE', timing: 'Release timing', immediate: 'For immediate release', embargo: 'Under embargo',
    embargoUntil: 'Embargo until', zone: 'Time zone', embargoHint: 'Embargoed until {{when}} (your time).', headlineLength: '{{count}} / {{limit}} characters',
    headlineTooLong: '{{count}} characters: wire services cut headlines after about {{limit}}.', subheadline: 'Subheadline', dateline: 'Dateline', datelineCity: 'Dateline city',
    cityPlaceholder: 'e.g. Montréal', datelineDate: 'Dateline date', body: 'Body', boilerplates: 'About the organizations (boilerplates)', addOrganization: 'Add an organization',
    noBoilerplate: 'no boilerplate in this language', contacts: 'Press contacts', addContact: 'Add a contact', endMark: 'End mark', translation: 'Translation of',
    noTranslation: 'Not linked', sideBySide: 'Side by side', openTranslation: 'Open the translation', paragraphs: 'Body blocks', words_one: '{{formatted}} word', words_other: '{{formatted}} words',
    toolbar: 'Formatting', bold: 'Bold', italic: 'Italic', link: 'Link', linkUrl: 'Link address', heading2: 'Sub-heading', heading3: 'Minor heading', bullets: 'Bulleted list',
    numbers: 'Numbered list', quote: 'Quote', undo: 'Undo', redo: 'Redo',
  },
  preview: { title: 'Preview', unavailable: 'The print preview is not available in this version yet.', releaseFrame: 'Print preview of the release', kitFrame: 'Print preview of the media kit' },
  export: {
    button: 'Export', title: 'Export “{{name}}”', formats: 'Formats', run: 'Export', running: 'Exporting…', done: 'Files ready', download: 'Download', warnings: 'Warnings',
    destination: 'Destination folder', defaultDestination: 'The library’s exports folder', chooseFolder: 'Choose…', show: 'Show in folder',
    formatHint: { pdf: 'to send and print', docx: 'to edit in Word', zip: 'everything, with logos', md: 'plain text for the web' },
  },
  import: {
    button: 'Import', dropTitle: 'Drop to import', dropHint: 'Releases (.txt, .md, .docx), contacts (.vcf, .csv) or logos (images)', unsupported: '{{name}}: this kind of file cannot be imported.',
    reviewTitle: 'Review the import: {{name}}', reviewLead: 'Here is what was recognized. Save it, then fix anything in the editor.', notFound: 'not found', saveRelease: 'Save the release',
    releaseSaved: '{{name}} imported.', contactsTitle: 'Contacts from {{name}}', imported: 'Imported', merged: 'Merged with existing', skipped: 'Skipped',
    orgPlaceholder: 'Organization name', orgHint: 'Pick one from the library or type a new name: it will be created.',
    logoTitle: 'Import the logo {{name}}', saveLogo: 'Save the logo', logoSaved: '{{name}} added to the logos.',
  },
  firstRun: {
    title: 'Welcome to Media Kit Manager', lead: 'Your library is empty. Load a sample library to see a complete media kit in one click, or start with your own material.',
    sample: 'Load a sample library', loading: 'Loading the sample…', loaded: 'Sample library loaded.', blank: 'Write a release', import: 'Import files',
    hint: 'You can also drop files anywhere in this window.',
  },
  kits: {
    lead: 'Releases, logos, contacts and boilerplates bound into one document for an event.', new: 'New kit', newName: 'New media kit', none: 'No media kits yet.',
    noEvent: 'No event set', letter: 'Letter', sectionCount_one: '{{count}} section', sectionCount_other: '{{count}} sections', form: 'Kit details', name: 'Kit name', event: 'Event', date: 'Event date',
    place: 'Place', pageSize: 'Page size', accent: 'Accent colour', font: 'Type', sans: 'Sans serif', serif: 'Serif', cover: 'Cover page', showCover: 'Print a cover page',
    subtitle: 'Cover subtitle', coverLogo: 'Show {{name}} on the cover', sections: 'Sections', addSection: 'Add a section:', sectionTitle: 'Section title', text: 'Text (blank line between paragraphs)',
    noReleaseToAdd: 'Every release is already in this kit, or there are none.', noSheetToAdd: 'Create a contact sheet first (Contacts & sheets).', emailSize: 'Size for e-mail',
    emailSizeNone: 'Export the kit to measure it.', emailSizeValue: 'Last export: {{total}} in all (largest file {{biggest}}); keep under {{limit}} to e-mail it.', tooBig: 'Too large for most mail servers: send a link instead.',
  },
  logos: {
    lead: 'Each logo is shown on a light and on a dark background, as it will be printed.', add: 'Add logos', none: 'No logos yet. Drop image files here.', noOrganization: 'No organization',
    organization: 'Organization', variant: 'Variant', usage: 'Usage notes', usagePlaceholder: 'e.g. minimum width 25 mm, keep clear space', name: 'Logo name',
    onLight: '{{name}} on a light background', onDark: '{{name}} on a dark background',
  },
  contacts: {
    count_one: '{{count}} contact', count_other: '{{count}} contacts', import: 'Import contacts', exportVcard: 'Export as vCard', new: 'New contact', newName: 'New contact', filter: 'Filter',
    filterPlaceholder: 'Name, organization, e-mail…', none: 'No contacts.', name: 'Name', title: 'Title', organization: 'Organization', email: 'E-mail', phone: 'Phone',
    addToSheet: 'Add {{name}} to {{sheet}}', removeFromSheet: 'Remove {{name}} from {{sheet}}', inSheet: 'In {{sheet}}', delete: 'Delete {{name}}',
  },
  sheets: { title: 'Contact sheets', new: 'New sheet', newName: 'New contact sheet', none: 'No sheets yet.', current: 'Sheet', name: 'Sheet name', hint: 'Drag to reorder, or use the arrows. Add people with + in the table.' },
  organizations: {
    lead: 'Names, websites and the “About” text printed at the end of each release.', new: 'New organization', newName: 'New organization', none: 'No organizations yet.',
    pick: 'Choose an organization to edit it.', name: 'Name', shortName: 'Short name', website: 'Website', boilerplate: 'About (boilerplate) in {{lang}}', noLogos: 'No logos for this organization.',
  },
  trash: {
    lead: 'Deleted items stay here until you delete them for good.', none: 'The trash is empty.', empty: 'Empty the trash', emptyConfirm_one: 'Delete {{count}} item for good?',
    emptyConfirm_other: 'Delete {{count}} items for good?', emptied: 'Trash emptied.', item: 'Item', kind: 'Kind', deletedAt: 'Deleted', restore: 'Restore', restored: '“{{name}}” restored.',
    purge: 'Delete for good', purgeConfirm: 'Delete “{{name}}” for good? This cannot be undone.', purged: 'Deleted for good.', moved: 'Moved to the trash.',
  },
  outreach: {
    title: 'Outreach', lead: 'E-mail drafts with the kit attached, one per journalist or one in Bcc, ready to open in Outlook, Apple Mail or Thunderbird.',
    noSheet: 'Create a contact sheet (your media list) first, in Contacts & sheets.', sheet: 'Media list', sheetOption: '{{name}} ({{count}})',
    mode: 'Drafts', modes: { 'per-recipient': 'One per recipient', bcc: 'One for the whole list (Bcc)' },
    modeHints: { 'per-recipient': 'personal greeting, each journalist sees only their address', bcc: 'addressed to you, the list in Bcc' },
    attach: 'Attach', preview: 'Preview a draft', previewing: 'Preparing the preview…', create: 'Create drafts', creating: 'Writing the drafts…',
    draftTitle: 'The first draft', from: 'From', noSender: 'No sender set in Settings: your mail app will use its default account', subject: 'Subject',
    attachments: 'Attached', size: 'Size', sizeValue_one: '{{size}} for {{count}} draft', sizeValue_other: '{{size}} per draft, {{count}} drafts', bodyFrame: 'The e-mail as the journalist will read it',
    recipients_one: '{{count}} recipient', recipients_other: '{{count}} recipients', skipped_one: '{{count}} contact skipped', skipped_other: '{{count}} contacts skipped',
    noneSkipped: 'No one skipped.', done_one: '{{count}} draft written', done_other: '{{count}} drafts written', openFirst: 'Open the first draft',
    template: 'E-mail template', templateLang: 'Template language', body: 'Message', placeholders: 'Placeholders: {{list}}', resetTemplate: 'Back to the default text', templateSaved: 'Template saved.',
    history: 'Sent from this kit', noHistory: 'No drafts made from this kit yet.',
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type UiStrings = Strings<typeof en>;
