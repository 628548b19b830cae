// Child process of the crash test: saves numbered commands in a loop and acknowledges each one
// on stdout only after `mutate` resolved, i.e. after the library reported success.
import { Library } from '../../../electron/library/library.js';
import { newId } from '../../../electron/model/common.js';

const dir = process.argv[2]!;
const lib = await Library.open(dir, { app: 'crash-writer' });
let n = lib.doc.organizations.length;
process.stdout.write('ready\n');
for (;;) {
  n++;
  const t = new Date().toISOString();
  const orgId = newId('organization');
  await lib.mutate((d) => {
    // One command touches three places: all of them or none must survive a kill.
    d.organizations.push({ id: orgId, createdAt: t, updatedAt: t, deletedAt: null, name: `org-${n}`, shortName: '', website: '', boilerplates: { fr: `Texte ${n} `.repeat(5) } });
    d.contacts.push({
      id: newId('contact'), createdAt: t, updatedAt: t, deletedAt: null, name: `contact-${n}`, firstName: '', lastName: '', honorific: '', title: '', organization: `org-${n}`,
      organizationId: orgId, emails: [`c${n}@exemple.ca`], phones: [], lang: 'fr-CA', notes: '', tags: [], optedOut: false,
    });
    d.settings.sender.signature = String(n);
  });
  process.stdout.write(`${n}\n`);
}
