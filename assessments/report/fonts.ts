import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The report's fonts, shipped with the app as npm packages (versioned in the lockfile) and resolved
 * from them at run time, never fetched. Latin, Greek and Cyrillic come from Noto Sans, Arabic from
 * Noto Naskh Arabic, Chinese from Noto Sans SC.
 */
export const FONT_FAMILIES = ['NotoSans', 'NotoNaskhArabic', 'NotoSansSC'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/**
 * `require` for packages the report loads at run time. The bundled CLI and Electron main must not
 * inline pdfmake or pdfkit: pdfkit reads its colour profile from beside its own files.
 */
export const runtimeRequire = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

function packageDir(name: string): string {
  return dirname(runtimeRequire.resolve(`${name}/package.json`));
}

/** Absolute paths of every font file, by family and style. */
export function reportFontFiles(): Record<FontFamily, FontFiles> {
  const sans = packageDir('@expo-google-fonts/noto-sans');
  const naskh = packageDir('@expo-google-fonts/noto-naskh-arabic');
  const sc = packageDir('@expo-google-fonts/noto-sans-sc');
  return {
    NotoSans: {
      normal: join(sans, '400Regular', 'NotoSans_400Regular.ttf'),
      bold: join(sans, '700Bold', 'NotoSans_700Bold.ttf'),
      italics: join(sans, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
      bolditalics: join(sans, '700Bold_Italic', 'NotoSans_700Bold_Italic.ttf'),
    },
    // Neither family has italics; the upright faces stand in (Arabic and Chinese rarely slant).
    NotoNaskhArabic: {
      normal: join(naskh, '400Regular', 'NotoNaskhArabic_400Regular.ttf'),
      bold: join(naskh, '700Bold', 'NotoNaskhArabic_700Bold.ttf'),
      italics: join(naskh, '400Regular', 'NotoNaskhArabic_400Regular.ttf'),
      bolditalics: join(naskh, '700Bold', 'NotoNaskhArabic_700Bold.ttf'),
    },
    NotoSansSC: {
      normal: join(sc, '400Regular', 'NotoSansSC_400Regular.ttf'),
      bold: join(sc, '700Bold', 'NotoSansSC_700Bold.ttf'),
      italics: join(sc, '400Regular', 'NotoSansSC_400Regular.ttf'),
      bolditalics: join(sc, '700Bold', 'NotoSansSC_700Bold.ttf'),
    },
  };
}

/** The folders the renderer may read fonts from (its local-file access policy). */
export function reportFontDirectories(): string[] {
  return [
    packageDir('@expo-google-fonts/noto-sans'),
    packageDir('@expo-google-fonts/noto-naskh-arabic'),
    packageDir('@expo-google-fonts/noto-sans-sc'),
  ];
}
