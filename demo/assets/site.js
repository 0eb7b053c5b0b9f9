// The demo site's two behaviours: the theme switch (remembered, announced) and the copy
// button of the snippet. Both are progressive: without scripting the page is whole.
const STORAGE_KEY = 'demo-theme';

const STRINGS = {
  fr: {
    dark: 'Thème sombre', light: 'Thème clair',
    nowDark: 'Thème sombre activé', nowLight: 'Thème clair activé',
    copied: 'Copié dans le presse-papiers ✓', copyFailed: 'Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C.',
  },
  en: {
    dark: 'Dark theme', light: 'Light theme',
    nowDark: 'Dark theme on', nowLight: 'Light theme on',
    copied: 'Copied to the clipboard ✓', copyFailed: 'Could not copy: the code is selected, copy it with Ctrl+C.',
  },
  ar: {
    dark: 'الوضع الداكن', light: 'الوضع الفاتح',
    nowDark: 'تم تفعيل الوضع الداكن', nowLight: 'تم تفعيل الوضع الفاتح',
    copied: 'تم النسخ ✓', copyFailed: 'تعذّر النسخ: الشيفرة محدّدة، انسخها بـ Ctrl+C.',
  },
};
const strings = STRINGS[document.documentElement.lang.slice(0, 2)] ?? STRINGS.en;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

/** The theme on show: the reader's choice, else the system's. */
function currentTheme() {
  return document.documentElement.dataset.theme ?? (systemDark.matches ? 'dark' : 'light');
}

/** One live region per page, so a change made with the keyboard is heard. */
function announce(message) {
  let region = document.getElementById('page-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'page-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
}

function setUpThemeSwitch(button) {
  // The button says what it does: "Dark theme" and pressed while the page is dark.
  const show = () => {
    button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  };
  button.querySelector('.label').textContent = strings.dark;
  show();
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered where storage is blocked; the page still switches.
    }
    show();
    announce(next === 'dark' ? strings.nowDark : strings.nowLight);
  });
  systemDark.addEventListener('change', show);
}

function setUpCopyButton(button) {
  const code = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = strings.copied;
    } catch {
      // Clipboard refused (permissions, insecure origin): select the code for the reader.
      getSelection().selectAllChildren(code);
      status.textContent = strings.copyFailed;
    }
  });
}

for (const button of document.querySelectorAll('.theme-switch')) setUpThemeSwitch(button);
for (const button of document.querySelectorAll('button[data-copy]')) setUpCopyButton(button);
