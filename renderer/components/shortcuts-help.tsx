import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [`${MOD}+K · /`, t('shortcuts.search')],
    [`${MOD}+N · Alt+N`, t('shortcuts.newRelease')],
    [`${MOD}+E`, t('shortcuts.export')],
    [`${MOD}+O`, t('shortcuts.import')],
    [`${MOD}+Z`, t('shortcuts.undo')],
    [`${MOD}+Y · ${MOD}+Shift+Z`, t('shortcuts.redo')],
    [`${MOD}+B`, t('shortcuts.bold')],
    [`${MOD}+I`, t('shortcuts.italic')],
    [`${MOD}+S`, t('shortcuts.save')],
    ['Alt+1 … Alt+6', t('shortcuts.sections')],
    ['?', t('shortcuts.help')],
    ['Esc', t('shortcuts.close')],
  ];
  return (
    <Dialog title={t('shortcuts.title')} open={open} onClose={onClose}>
      <table className="shortcuts">
        <caption className="sr-only">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                {keys.split(' · ').map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' · '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
