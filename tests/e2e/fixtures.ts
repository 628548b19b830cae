/** Press material written for these tests (fictional people and organizations, .example domains). */
export const RELEASE_TXT = `COMMUNIQUÉ DE PRESSE
POUR DIFFUSION IMMÉDIATE

Le Festival des lumières boréales de Rimouski annonce sa programmation 2026

Trois soirées de projections architecturales sur la promenade de la mer

Rimouski, le 3 mars 2026 – Le Festival des lumières boréales présentera du 14 au 16 août 2026 trois soirées de projections sur les façades du centre-ville, avec des artistes du Québec et de Finlande.

La programmation comprend :
- douze œuvres lumineuses créées pour l'occasion;
- un parcours familial gratuit le long du fleuve;
- une soirée de clôture avec l'Orchestre symphonique de l'Estuaire.

« Nous voulons que chaque résident puisse voir sa ville autrement, le temps d'un été », explique Noémie Gagnon, directrice artistique.

À propos du Festival des lumières boréales
Le Festival des lumières boréales est un organisme sans but lucratif fondé en 2019 qui présente chaque été des œuvres lumineuses dans l'espace public de Rimouski.

-30-

Renseignements :
Olivier Bérubé
Relations de presse, Festival des lumières boréales
418 555-0134
presse@lumieres-boreales.example
`;

export const CONTACTS_VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Élodie Marchand',
  'N:Marchand;Élodie;;;',
  'ORG:Radio Côte-Nord',
  'TITLE:Journaliste culturelle',
  'EMAIL;TYPE=work:e.marchand@radio-cotenord.example',
  'TEL;TYPE=work:418 555-0199',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:James Whitfield',
  'N:Whitfield;James;;;',
  'ORG:Atlantic Arts Weekly',
  'EMAIL:jwhitfield@atlantic-arts.example',
  'END:VCARD',
  '',
].join('\r\n');

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">
<rect width="120" height="120" rx="20" fill="#0b3d5c"/><path d="M20 90 Q60 10 100 90" stroke="#7fd3c7" stroke-width="10" fill="none"/>
<text x="135" y="72" font-family="Arial" font-size="30" font-weight="700" fill="#0b3d5c">Lumières</text></svg>`;
