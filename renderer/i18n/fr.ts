import type { UiStrings } from './en.js';

/** Français (Québec d’abord) : espaces insécables avant le deux-points et dans les guillemets. */
export const fr: UiStrings = {
  app: { name: 'Media Kit Manager', skip: 'Aller au contenu', language: 'Langue', readOnly: 'Lecture seule : une autre fenêtre a ouvert cette bibliothèque.' },
  nav: { label: 'Principal', releases: 'Communiqués', kits: 'Dossiers de presse', logos: 'Logos', contacts: 'Contacts et listes', organizations: 'Organisations', trash: 'Corbeille' },
  collections: { releases: 'Communiqué', kits: 'Dossier', logos: 'Logo', contacts: 'Contact', sheets: 'Liste', organizations: 'Organisation' },
  common: {
    actions: 'Actions', all: 'Tous', apply: 'Appliquer', cancel: 'Annuler', close: 'Fermer', delete: 'Supprimer', loading: 'Chargement…', missing: '(introuvable)',
    moveUp: 'Monter {{name}}', moveDown: 'Descendre {{name}}', removeItem: 'Retirer {{name}}', nothingToAdd: 'Rien d’autre à ajouter', ok: 'OK', rename: 'Renommer',
    save: 'Enregistrer', saving: 'Enregistrement…', untitled: 'Sans titre',
  },
  search: { label: 'Rechercher dans la bibliothèque', placeholder: 'Rechercher communiqués, contacts, logos, dossiers…', none: 'Aucun résultat', results: 'Résultats de recherche' },
  shortcuts: {
    title: 'Raccourcis clavier', keys: 'Touches', action: 'Action', search: 'Rechercher', newRelease: 'Nouveau communiqué', export: 'Exporter le communiqué ou le dossier ouvert',
    undo: 'Annuler', redo: 'Rétablir', bold: 'Gras', italic: 'Italique', save: 'Enregistrer maintenant', sections: 'Aller à une rubrique de la barre latérale',
    help: 'Afficher cette aide', close: 'Fermer une boîte de dialogue ou la recherche',
  },
  save: { idle: 'Toutes les modifications sont enregistrées', saving: 'Enregistrement…', saved: 'Enregistré', error: 'Non enregistré : {{message}} (nouvel essai)', restored: 'Les modifications non enregistrées de votre dernière session ont été rétablies.' },
  status: { draft: 'Brouillon', 'in-review': 'En révision', approved: 'Approuvé', published: 'Publié', archived: 'Archivé' },
  langs: { 'fr-CA': 'Français (Québec)', 'fr-FR': 'Français (France)', 'en-US': 'Anglais (É.-U.)', 'en-GB': 'Anglais (R.-U.)', ja: 'Japonais' },
  baseLangs: { fr: 'français', en: 'anglais', ja: 'japonais' },
  variants: { primary: 'Principal', horizontal: 'Horizontal', monochrome: 'Monochrome', reversed: 'Inversé', icon: 'Icône' },
  sectionTypes: { release: 'Communiqué', logos: 'Logos', contacts: 'Relations médias', boilerplates: 'À propos des organisations', text: 'Texte libre' },
  releases: {
    new: 'Nouveau communiqué', count_one: '{{count}} communiqué affiché sur {{total}}', count_other: '{{count}} communiqués affichés sur {{total}}', filters: 'Filtres', status: 'État',
    language: 'Langue', tag: 'Étiquette', from: 'Du', to: 'Au', clearFilters: 'Effacer les filtres', headline: 'Titre', date: 'Date', updated: 'Modifié',
    empty: 'Aucun communiqué pour l’instant. Créez-en un ou déposez un fichier ici.', noMatch: 'Aucun communiqué ne correspond à ces filtres.', tags: 'Étiquettes',
    tagPlaceholder: 'Ajoutez une étiquette puis Entrée',
  },
  editor: {
    form: 'Détails du communiqué', label: 'Mention', labelPlaceholder: 'p. ex. COMMUNIQUÉ DE PRESSE / POUR DIFFUSION IMMÉDIATE', timing: 'Diffusion', immediate: 'Pour diffusion immédiate',
    embargo: 'Sous embargo', embargoUntil: 'Embargo jusqu’au', zone: 'Fuseau horaire', embargoHint: 'Sous embargo jusqu’au {{when}} (votre heure).', headlineLength: '{{count}} / {{limit}} caractères',
    headlineTooLong: '{{count}} caractères : les agences de presse coupent les titres après environ {{limit}}.', subheadline: 'Sous-titre', dateline: 'Lieu et date',
    datelineCity: 'Ville (lieu et date)', cityPlaceholder: 'p. ex. Montréal', datelineDate: 'Date du communiqué', body: 'Texte', boilerplates: 'À propos des organisations',
    addOrganization: 'Ajouter une organisation', noBoilerplate: 'pas de texte « À propos » dans cette langue', contacts: 'Relations médias', addContact: 'Ajouter un contact',
    endMark: 'Marque de fin', translation: 'Traduction de', noTranslation: 'Non liée', sideBySide: 'Côte à côte', openTranslation: 'Ouvrir la traduction', paragraphs: 'Blocs de texte',
    words_one: '{{formatted}} mot', words_other: '{{formatted}} mots', toolbar: 'Mise en forme', bold: 'Gras', italic: 'Italique', link: 'Lien', linkUrl: 'Adresse du lien',
    heading2: 'Intertitre', heading3: 'Sous-intertitre', bullets: 'Liste à puces', numbers: 'Liste numérotée', quote: 'Citation', undo: 'Annuler', redo: 'Rétablir',
  },
  preview: { title: 'Aperçu', unavailable: 'L’aperçu d’impression n’est pas encore offert dans cette version.', releaseFrame: 'Aperçu d’impression du communiqué', kitFrame: 'Aperçu d’impression du dossier de presse' },
  export: {
    button: 'Exporter', title: 'Exporter « {{name}} »', formats: 'Formats', run: 'Exporter', running: 'Exportation…', done: 'Fichiers prêts', download: 'Télécharger', warnings: 'Avertissements',
    destination: 'Dossier de destination', defaultDestination: 'Le dossier d’exportation de la bibliothèque', chooseFolder: 'Choisir…', show: 'Afficher dans le dossier',
    formatHint: { pdf: 'pour envoyer et imprimer', docx: 'pour modifier dans Word', zip: 'tout, avec les logos', md: 'texte brut pour le Web' },
  },
  import: {
    button: 'Importer', dropTitle: 'Déposez pour importer', dropHint: 'Communiqués (.txt, .md, .docx), contacts (.vcf, .csv) ou logos (images)', unsupported: '{{name}} : ce type de fichier ne peut pas être importé.',
    reviewTitle: 'Vérifier l’importation : {{name}}', reviewLead: 'Voici ce qui a été reconnu. Enregistrez, puis corrigez au besoin dans l’éditeur.', notFound: 'non trouvé',
    saveRelease: 'Enregistrer le communiqué', releaseSaved: '{{name}} importé.', contactsTitle: 'Contacts de {{name}}', imported: 'Importés', merged: 'Fusionnés avec l’existant',
    skipped: 'Ignorés', orgPlaceholder: 'Nom de l’organisation', orgHint: 'Choisissez-en une de la bibliothèque ou tapez un nouveau nom : elle sera créée.', logoTitle: 'Importer le logo {{name}}', saveLogo: 'Enregistrer le logo', logoSaved: '{{name}} ajouté aux logos.',
  },
  firstRun: {
    title: 'Bienvenue dans Media Kit Manager', lead: 'Votre bibliothèque est vide. Chargez une bibliothèque d’exemple pour voir un dossier de presse complet en un clic, ou commencez avec vos documents.',
    sample: 'Charger une bibliothèque d’exemple', loading: 'Chargement de l’exemple…', loaded: 'Bibliothèque d’exemple chargée.', blank: 'Rédiger un communiqué', import: 'Importer des fichiers',
    hint: 'Vous pouvez aussi déposer des fichiers n’importe où dans cette fenêtre.',
  },
  kits: {
    lead: 'Communiqués, logos, contacts et textes « À propos » réunis en un document pour un événement.', new: 'Nouveau dossier', newName: 'Nouveau dossier de presse',
    none: 'Aucun dossier de presse pour l’instant.', noEvent: 'Aucun événement', letter: 'Lettre', sectionCount_one: '{{count}} section', sectionCount_other: '{{count}} sections',
    form: 'Détails du dossier', name: 'Nom du dossier', event: 'Événement', date: 'Date de l’événement', place: 'Lieu', pageSize: 'Format de page', accent: 'Couleur d’accent',
    font: 'Police', sans: 'Sans empattement', serif: 'Avec empattement', cover: 'Page couverture', showCover: 'Imprimer une page couverture', subtitle: 'Sous-titre de la couverture',
    coverLogo: 'Afficher {{name}} sur la couverture', sections: 'Sections', addSection: 'Ajouter une section :', sectionTitle: 'Titre de la section',
    text: 'Texte (ligne vide entre les paragraphes)', noReleaseToAdd: 'Tous les communiqués sont déjà dans ce dossier, ou il n’y en a aucun.',
    noSheetToAdd: 'Créez d’abord une liste de contacts (Contacts et listes).', emailSize: 'Taille pour le courriel', emailSizeNone: 'Exportez le dossier pour le mesurer.',
    emailSizeValue: 'Dernière exportation : {{total}} au total (plus gros fichier {{biggest}}); restez sous {{limit}} pour l’envoyer par courriel.',
    tooBig: 'Trop lourd pour la plupart des serveurs de courriel : envoyez plutôt un lien.',
  },
  logos: {
    lead: 'Chaque logo est présenté sur fond clair et sur fond foncé, tel qu’il sera imprimé.', add: 'Ajouter des logos', none: 'Aucun logo pour l’instant. Déposez des images ici.',
    noOrganization: 'Sans organisation', organization: 'Organisation', variant: 'Variante', usage: 'Consignes d’utilisation', usagePlaceholder: 'p. ex. largeur minimale 25 mm, zone de protection',
    name: 'Nom du logo', onLight: '{{name}} sur fond clair', onDark: '{{name}} sur fond foncé',
  },
  contacts: {
    count_one: '{{count}} contact', count_other: '{{count}} contacts', import: 'Importer des contacts', exportVcard: 'Exporter en vCard', new: 'Nouveau contact', newName: 'Nouveau contact',
    filter: 'Filtrer', filterPlaceholder: 'Nom, organisation, courriel…', none: 'Aucun contact.', name: 'Nom', title: 'Fonction', organization: 'Organisation', email: 'Courriel',
    phone: 'Téléphone', addToSheet: 'Ajouter {{name}} à {{sheet}}', removeFromSheet: 'Retirer {{name}} de {{sheet}}', inSheet: 'Dans {{sheet}}', delete: 'Supprimer {{name}}',
  },
  sheets: {
    title: 'Listes de contacts', new: 'Nouvelle liste', newName: 'Nouvelle liste de contacts', none: 'Aucune liste pour l’instant.', current: 'Liste', name: 'Nom de la liste',
    hint: 'Glissez pour réordonner, ou utilisez les flèches. Ajoutez des personnes avec + dans le tableau.',
  },
  organizations: {
    lead: 'Noms, sites Web et texte « À propos » imprimé à la fin de chaque communiqué.', new: 'Nouvelle organisation', newName: 'Nouvelle organisation', none: 'Aucune organisation pour l’instant.',
    pick: 'Choisissez une organisation pour la modifier.', name: 'Nom', shortName: 'Nom court', website: 'Site Web', boilerplate: 'À propos, en {{lang}}', noLogos: 'Aucun logo pour cette organisation.',
  },
  trash: {
    lead: 'Les éléments supprimés restent ici jusqu’à leur suppression définitive.', none: 'La corbeille est vide.', empty: 'Vider la corbeille',
    emptyConfirm_one: 'Supprimer définitivement {{count}} élément?', emptyConfirm_other: 'Supprimer définitivement {{count}} éléments?', emptied: 'Corbeille vidée.', item: 'Élément',
    kind: 'Type', deletedAt: 'Supprimé le', restore: 'Restaurer', restored: '« {{name}} » restauré.', purge: 'Supprimer définitivement',
    purgeConfirm: 'Supprimer définitivement « {{name}} »? Cette action est irréversible.', purged: 'Supprimé définitivement.', moved: 'Placé dans la corbeille.',
  },
};
