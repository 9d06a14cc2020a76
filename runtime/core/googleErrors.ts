/**
 * Every message the runtime shows a script or a user in Google's words, in the user's language:
 * Apps Script's service exceptions are localized ("Ya existe una hoja con el nombre…"), so a
 * script that decides anything from a message's text breaks for most of the world. Tests compare
 * against this table for the language they run in, never against English text.
 *
 * English is Google's wording, each cited. Spanish and Portuguese (Brazil) are Google's wording
 * where it is on record — marked "attested", mostly from RomainVialard/ErrorHandler
 * (src/ErrorHandler.gs.js), a library that maps Apps Script's localized errors back to English —
 * and elsewhere translated in the register Google uses (Spanish "tú", Brazilian "você", a sheet
 * is "hoja"/"página", a range "intervalo").
 */

export const LANGUAGES = ['en', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

// https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is
export const AUTHORIZATION_HELP =
  'https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

/** Why a value can't go into a cell (see engine/values.ts `unwritable`). */
export type Unwritable = 'undefined' | 'function' | 'array' | 'object' | 'invalidDate';

export interface Messages {
  // ---- Range and Sheet arguments ----------------------------------------------------------
  rowsMismatch(dataRows: number, rangeRows: number): string;
  columnsMismatch(dataCols: number, rangeCols: number): string;
  badParameters(signature: string, method: string, detail: string): string;
  /** Details the runtime adds after Google's "parameters don't match" sentence. */
  expected(what: string): string;
  unwritable(where: string, why: Unwritable): string;
  formulasMustBeStrings: string;
  sheetIndexOutOfRange(index: number): string;
  startRowTooSmall: string;
  startColumnTooSmall: string;
  rowsAtLeastOne: string;
  columnsAtLeastOne: string;
  outsideSheet: string;
  rangeNotFound: string;
  columnNotInRange(column: number): string;
  partialMerge: string;
  /** Google documents no error for a chart that isn't on the sheet; the runtime's own words. */
  chartNotOnSheet(method: string, sheet: string): string;
  // ---- sheets and the spreadsheet ---------------------------------------------------------
  sheetExists(name: string): string;
  rowsOutOfBounds: string;
  deleteAllRows: string;
  columnsOutOfBounds: string;
  deleteAllColumns: string;
  deleteLastSheet: string;
  sheetDeleted: string;
  rangeSheetDeleted: string;
  cellLimit(limit: number): string;
  invalidNamedRange(name: string): string;
  namedRangeGone(name: string): string;
  // ---- protections, rules, metadata -------------------------------------------------------
  protected: string;
  protectionRemoved: string;
  protectedSheetDeleted: string;
  protectedRangeWarning(description: string): string;
  metadataLocation: string;
  metadataRemoved: string;
  validationCriteriaMissing: string;
  conditionMissing: string;
  dataValidationViolation(a1: string): string;
  // ---- cells (hover texts) ----------------------------------------------------------------
  spillBlocked(a1?: string): string;
  circularDependency: string;
  unknownFunction(name: string): string;
  // ---- other services ---------------------------------------------------------------------
  noPermission(method: string, scopes?: readonly string[]): string;
  uiFromThisContext: string;
  lockTimeout: string;
  /** An execution stopped at Google's time limit (core/limits.ts). */
  maxExecutionTime: string;
  /** The hover text of a custom function's cell when Google stopped it at 30 seconds. */
  customFunctionMaxExecutionTime: string;
  /** A transient failure of the Sheets service (the runtime injects it on request). */
  serviceFailed(documentId: string): string;
  functionNotFound(name: string): string;
  illegalValue(property: string): string;
  htmlFileNotFound(name: string): string;
  illegalPatternCharacter(ch: string): string;
}

/** Scopes as Google lists them: one URL, or alternatives as `(a || b)`. */
function scopeList(scopes: readonly string[]): string {
  return scopes.length === 1 ? String(scopes[0]) : `(${scopes.join(' || ')})`;
}

const EN: Messages = {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  rowsMismatch: (d, r) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${d} but the range has ${r}.`,
  columnsMismatch: (d, r) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${d} but the range has ${r}.`,
  badParameters: (signature, method, detail) =>
    `The parameters (${signature}) don't match the method signature for ${method}. ${detail}`,
  expected: (what) => `Expected ${what}.`,
  unwritable: (where, why) =>
    `${where} is ${
      {
        undefined: 'undefined',
        function: 'a function',
        array: 'an array',
        object: 'an object',
        invalidDate: 'an invalid Date',
      }[why]
    }; cells take strings, numbers, booleans, Dates or null.`,
  formulasMustBeStrings: 'Formulas must be strings.',
  sheetIndexOutOfRange: (i) => `Sheet index ${i} is out of range.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
  rangeNotFound: 'Range not found',
  // https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
  columnNotInRange: (c) => `The specified column (${c}) must be within the range's columns.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/range#merge()
  partialMerge: 'You must select all cells in a merged range to merge or unmerge them.',
  chartNotOnSheet: (method, sheet) => `${method}: the chart is not on sheet ${sheet}.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
  sheetExists: (name) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
  rowsOutOfBounds: 'Those rows are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  // reference/spreadsheet/sheet#deleteColumns(Integer,Integer), worded as deleteRows is
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
  deleteLastSheet: "You can't remove all the sheets in a document.",
  sheetDeleted: 'This sheet has been deleted.',
  rangeSheetDeleted: 'The sheet of this range has been deleted.',
  // https://support.google.com/drive/answer/37603 (10 million cells per spreadsheet); the
  // wording is Google's, as quoted in public reports of Apps Script and the Sheets API.
  cellLimit: (limit) =>
    `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)
  invalidNamedRange: (name) => `Invalid named range name: ${name}`,
  namedRangeGone: (name) => `Named range ${name} no longer exists.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  protected:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  protectionRemoved: 'The protection has been removed.',
  protectedSheetDeleted: 'The protected sheet has been deleted.',
  protectedRangeWarning: (d) => `Warning: you are editing a protected range${d ? ` (${d})` : ''}.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String)
  metadataLocation:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  metadataRemoved: 'The developer metadata was removed.',
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#build()
  validationCriteriaMissing: 'You must specify a data validation criteria.',
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#build()
  conditionMissing: 'Conditional format rule must have a condition.',
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  dataValidationViolation: (a1) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  // https://developers.google.com/apps-script/guides/sheets/functions#arrays
  spillBlocked: (a1) =>
    a1
      ? `Array result was not expanded because it would overwrite data in ${a1}.`
      : 'Array result was not expanded because it would overwrite data.',
  circularDependency:
    'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
  unknownFunction: (name) => `Unknown function: '${name}'.`,
  // https://developers.google.com/apps-script/guides/services/authorization: quoted in public bug
  // reports as "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required
  // permissions: (…currentonly || …spreadsheets). For more information, see …#authorization-is".
  noPermission: (method, scopes = []) =>
    scopes.length === 0
      ? `You do not have permission to call ${method}.`
      : `You do not have permission to call ${method}. Required permissions: ${scopeList(scopes)}. For more information, see ${AUTHORIZATION_HELP}`,
  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
  uiFromThisContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  // https://developers.google.com/apps-script/guides/services/quotas ("If you exceed a quota or
  // limitation, your script throws an exception and execution stops"): the words are Google's as
  // quoted in public reports, e.g. github.com/benlcollins/apps_script/issues/1 for a run, and
  // "Exceeded maximum execution time (line 0)." in a custom function's cell,
  // github.com/Eloise1988/CRYPTOBALANCE/issues/7.
  maxExecutionTime: 'Exceeded maximum execution time',
  customFunctionMaxExecutionTime: 'Exceeded maximum execution time (line 0).',
  // https://developers.google.com/apps-script/guides/support/troubleshooting (service errors):
  // the transient failure quoted in public reports, e.g. "Service Spreadsheets failed while
  // accessing document with id 1a2b…". A retry usually succeeds.
  serviceFailed: (id) => `Service Spreadsheets failed while accessing document with id ${id}.`,
  // https://developers.google.com/apps-script/guides/html/reference/run
  functionNotFound: (name) => `Script function not found: ${name}`,
  illegalValue: (property) => `Failed due to illegal value in property: ${property}`,
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  htmlFileNotFound: (name) => `No HTML file named ${name} was found.`,
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  illegalPatternCharacter: (ch) => `Illegal pattern character '${ch}'`,
};

const ES: Messages = {
  rowsMismatch: (d, r) =>
    `El número de filas de los datos no coincide con el número de filas del intervalo. Los datos tienen ${d}, pero el intervalo tiene ${r}.`,
  columnsMismatch: (d, r) =>
    `El número de columnas de los datos no coincide con el número de columnas del intervalo. Los datos tienen ${d}, pero el intervalo tiene ${r}.`,
  badParameters: (signature, method, detail) =>
    `Los parámetros (${signature}) no coinciden con la firma del método ${method}. ${detail}`,
  expected: (what) => `Se esperaba ${what}.`,
  unwritable: (where, why) =>
    `${where} es ${
      {
        undefined: 'undefined',
        function: 'una función',
        array: 'un array',
        object: 'un objeto',
        invalidDate: 'una fecha no válida',
      }[why]
    }; las celdas admiten textos, números, booleanos, fechas o null.`,
  formulasMustBeStrings: 'Las fórmulas deben ser textos.',
  sheetIndexOutOfRange: (i) => `El índice de hoja ${i} está fuera del intervalo.`,
  startRowTooSmall: 'La fila inicial del intervalo es demasiado pequeña.',
  startColumnTooSmall: 'La columna inicial del intervalo es demasiado pequeña.',
  rowsAtLeastOne: 'El número de filas del intervalo debe ser como mínimo 1.',
  columnsAtLeastOne: 'El número de columnas del intervalo debe ser como mínimo 1.',
  outsideSheet: 'Las coordenadas del intervalo están fuera de las dimensiones de la hoja.',
  rangeNotFound: 'No se ha encontrado el intervalo.', // attested
  columnNotInRange: (c) =>
    `La columna especificada (${c}) debe estar dentro de las columnas del intervalo.`,
  partialMerge:
    'Debes seleccionar todas las celdas de un intervalo combinado para combinarlas o separarlas.',
  chartNotOnSheet: (method, sheet) => `${method}: el gráfico no está en la hoja ${sheet}.`,
  sheetExists: (name) =>
    `Ya existe una hoja con el nombre "${name}". Introduce un nombre distinto.`, // attested
  rowsOutOfBounds: 'Esas filas están fuera de los límites.',
  deleteAllRows: 'No es posible eliminar todas las filas no inmovilizadas.',
  columnsOutOfBounds: 'Esas columnas están fuera de los límites.',
  deleteAllColumns: 'No es posible eliminar todas las columnas no inmovilizadas.',
  deleteLastSheet: 'No puedes quitar todas las hojas de un documento.',
  sheetDeleted: 'Esta hoja se ha eliminado.',
  rangeSheetDeleted: 'La hoja de este intervalo se ha eliminado.',
  cellLimit: (limit) =>
    `Esta acción aumentaría el número de celdas del libro por encima del límite de ${limit} celdas.`,
  invalidNamedRange: (name) => `Nombre de intervalo con nombre no válido: ${name}`,
  namedRangeGone: (name) => `El intervalo con nombre ${name} ya no existe.`,
  protected:
    'Estás intentando editar una celda o un objeto protegidos. Ponte en contacto con el propietario de la hoja de cálculo para desprotegerla si es necesario modificarla.', // attested
  protectionRemoved: 'Se ha quitado la protección.',
  protectedSheetDeleted: 'La hoja protegida se ha eliminado.',
  protectedRangeWarning: (d) =>
    `Advertencia: estás editando un intervalo protegido${d ? ` (${d})` : ''}.`,
  metadataLocation:
    'Por el momento, no se pueden añadir metadatos de desarrollador a intervalos arbitrarios. Los metadatos de desarrollador solo se pueden añadir a la hoja de cálculo, a una hoja concreta o a una fila o columna completas.',
  metadataRemoved: 'Se han quitado los metadatos de desarrollador.',
  validationCriteriaMissing: 'Debes especificar un criterio de validación de datos.',
  conditionMissing: 'La regla de formato condicional debe tener una condición.',
  dataValidationViolation: (a1) =>
    `Los datos que has introducido en la celda ${a1} no cumplen las reglas de validación de datos establecidas en esta celda.`,
  spillBlocked: (a1) =>
    a1
      ? `El resultado del array no se ha ampliado porque sobrescribiría los datos de ${a1}.`
      : 'El resultado del array no se ha ampliado porque sobrescribiría datos.',
  circularDependency:
    'Se ha detectado una dependencia circular. Para resolverla con un cálculo iterativo, ve a Archivo > Configuración.',
  unknownFunction: (name) => `Función desconocida: '${name}'.`,
  // attested: "No cuentas con el permiso para llamar a DocumentApp.create. Permisos necesarios:
  // https://www.googleapis.com/auth/documents. Para obtener más información, consulta …"
  noPermission: (method, scopes = []) =>
    scopes.length === 0
      ? `No cuentas con el permiso para llamar a ${method}.`
      : `No cuentas con el permiso para llamar a ${method}. Permisos necesarios: ${scopeList(scopes)}. Para obtener más información, consulta ${AUTHORIZATION_HELP}`,
  uiFromThisContext: 'No se puede llamar a SpreadsheetApp.getUi() desde este contexto.',
  lockTimeout:
    'Se ha agotado el tiempo de espera del bloqueo: otro proceso ha mantenido el bloqueo durante demasiado tiempo.',
  maxExecutionTime: 'Se ha superado el tiempo máximo de ejecución',
  customFunctionMaxExecutionTime: 'Se ha superado el tiempo máximo de ejecución (línea 0).',
  serviceFailed: (id) =>
    `El servicio Spreadsheets ha fallado al acceder al documento con el ID ${id}.`,
  functionNotFound: (name) => `No se ha encontrado la función de secuencia de comandos: ${name}`,
  illegalValue: (property) => `Error debido a un valor no permitido en la propiedad: ${property}`,
  htmlFileNotFound: (name) => `No se ha encontrado ningún archivo HTML llamado ${name}.`,
  illegalPatternCharacter: (ch) => `Carácter de patrón no válido: '${ch}'`,
};

const PT: Messages = {
  rowsMismatch: (d, r) =>
    `O número de linhas nos dados não corresponde ao número de linhas no intervalo. Os dados têm ${d}, mas o intervalo tem ${r}.`,
  columnsMismatch: (d, r) =>
    `O número de colunas nos dados não corresponde ao número de colunas no intervalo. Os dados têm ${d}, mas o intervalo tem ${r}.`,
  badParameters: (signature, method, detail) =>
    `Os parâmetros (${signature}) não correspondem à assinatura do método ${method}. ${detail}`,
  expected: (what) => `Esperava-se ${what}.`,
  unwritable: (where, why) =>
    `${where} é ${
      {
        undefined: 'undefined',
        function: 'uma função',
        array: 'uma matriz',
        object: 'um objeto',
        invalidDate: 'uma data inválida',
      }[why]
    }; as células aceitam textos, números, booleanos, datas ou null.`,
  formulasMustBeStrings: 'As fórmulas precisam ser textos.',
  sheetIndexOutOfRange: (i) => `O índice de página ${i} está fora do intervalo.`,
  startRowTooSmall: 'A linha inicial do intervalo é muito pequena.',
  startColumnTooSmall: 'A coluna inicial do intervalo é muito pequena.',
  rowsAtLeastOne: 'O número de linhas do intervalo precisa ser pelo menos 1.',
  columnsAtLeastOne: 'O número de colunas do intervalo precisa ser pelo menos 1.',
  outsideSheet: 'As coordenadas do intervalo estão fora das dimensões da página.', // attested
  rangeNotFound: 'Intervalo não encontrado', // attested
  columnNotInRange: (c) =>
    `A coluna especificada (${c}) precisa estar entre as colunas do intervalo.`,
  partialMerge:
    'Selecione todas as células de um intervalo mesclado para mesclá-las ou desfazer a mesclagem.',
  chartNotOnSheet: (method, sheet) => `${method}: o gráfico não está na página ${sheet}.`,
  sheetExists: (name) => `Já existe uma página chamada "${name}". Insira outro nome.`, // attested
  rowsOutOfBounds: 'Essas linhas estão fora dos limites.',
  deleteAllRows: 'Não é possível excluir todas as linhas não congeladas.',
  columnsOutOfBounds: 'Essas colunas estão fora dos limites.',
  deleteAllColumns: 'Não é possível excluir todas as colunas não congeladas.',
  deleteLastSheet: 'Não é possível remover todas as páginas de um documento.',
  sheetDeleted: 'Esta página foi excluída.',
  rangeSheetDeleted: 'A página deste intervalo foi excluída.',
  cellLimit: (limit) =>
    `Esta ação aumentaria o número de células na pasta de trabalho acima do limite de ${limit} células.`,
  invalidNamedRange: (name) => `Nome de intervalo nomeado inválido: ${name}`,
  namedRangeGone: (name) => `O intervalo nomeado ${name} não existe mais.`,
  protected:
    'Você está tentando editar uma célula ou um objeto protegido. Se precisar editar, entre em contato com o proprietário da planilha para remover a proteção.', // attested
  protectionRemoved: 'A proteção foi removida.',
  protectedSheetDeleted: 'A página protegida foi excluída.',
  protectedRangeWarning: (d) =>
    `Aviso: você está editando um intervalo protegido${d ? ` (${d})` : ''}.`,
  metadataLocation:
    'No momento, não é possível adicionar metadados do desenvolvedor a intervalos arbitrários. Os metadados do desenvolvedor só podem ser adicionados à planilha, a uma página individual ou a uma linha ou coluna inteira.',
  metadataRemoved: 'Os metadados do desenvolvedor foram removidos.',
  validationCriteriaMissing: 'Especifique um critério de validação de dados.',
  conditionMissing: 'A regra de formatação condicional precisa ter uma condição.',
  dataValidationViolation: (a1) =>
    `Os dados inseridos na célula ${a1} violam as regras de validação de dados definidas nela.`,
  spillBlocked: (a1) =>
    a1
      ? `O resultado da matriz não foi expandido porque substituiria os dados em ${a1}.`
      : 'O resultado da matriz não foi expandido porque substituiria dados.',
  circularDependency:
    'Dependência circular detectada. Para resolver com cálculo iterativo, acesse Arquivo > Configurações.',
  unknownFunction: (name) => `Função desconhecida: '${name}'.`,
  // attested: "Você não tem permissão para chamar SpreadsheetApp.getActiveSpreadsheet.
  // Permissões necessárias: (…currentonly || …spreadsheets)."
  noPermission: (method, scopes = []) =>
    scopes.length === 0
      ? `Você não tem permissão para chamar ${method}.`
      : `Você não tem permissão para chamar ${method}. Permissões necessárias: ${scopeList(scopes)}. Para mais informações, consulte ${AUTHORIZATION_HELP}`,
  uiFromThisContext: 'Não é possível chamar SpreadsheetApp.getUi() neste contexto.',
  lockTimeout: 'Tempo limite do bloqueio: outro processo manteve o bloqueio por tempo demais.',
  maxExecutionTime: 'Tempo máximo de execução excedido',
  customFunctionMaxExecutionTime: 'Tempo máximo de execução excedido (linha 0).',
  serviceFailed: (id) => `O serviço Spreadsheets falhou ao acessar o documento com o ID ${id}.`,
  functionNotFound: (name) => `Função de script não encontrada: ${name}`,
  illegalValue: (property) => `Falha devido a um valor inválido na propriedade: ${property}`,
  htmlFileNotFound: (name) => `Nenhum arquivo HTML chamado ${name} foi encontrado.`,
  illegalPatternCharacter: (ch) => `Caractere de padrão inválido: '${ch}'`,
};

const TABLE: Readonly<Record<Language, Messages>> = { en: EN, es: ES, pt: PT };

/** Google's messages in `language`. */
export function messages(language: Language = 'en'): Messages {
  return TABLE[language];
}
