/* global document, indexedDB */
// End-to-end test of the built app in real Chromium (Debian's /usr/bin/chromium driven by playwright-core).
// Run with `pnpm test:e2e` (builds first). Starts `vite preview` on a free port and stops it at the end.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { readCsv } from '@egov/io';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
const examples = join(app, '..', '..', 'examples');
const shots = process.env.E2E_SCREENSHOTS ?? '/tmp';
const step = (text) => console.log(`• ${text}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitForServer(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  // CI installs Chromium (.ci/run) and must run these tests; on a developer machine without it, say so loudly.
  const message = `e2e: Chromium not found at ${chromiumPath} (install it: apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}; end-to-end tests SKIPPED`);
  process.exit(0);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// Vite's own entry, run with this Node: no reliance on a node_modules/.bin link.
const vite = join(dirname(createRequire(join(app, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: app,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let serverLog = '';
server.stdout.on('data', (chunk) => (serverLog += chunk));
server.stderr.on('data', (chunk) => (serverLog += chunk));

let browser;
const hardStop = setTimeout(() => {
  console.error('e2e: timed out after 180 s');
  cleanup().finally(() => process.exit(1));
}, 180_000);

async function cleanup() {
  clearTimeout(hardStop);
  await browser?.close().catch(() => undefined);
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already stopped
  }
}

try {
  await waitForServer(base, 30_000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 30_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  step('opens on the Hà Giang example, in Vietnamese, with its findings counted');
  await page.goto(base);
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.match(await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).inputValue(), /hagiang/);
  const errorCount = Number(await page.getByTestId('count-error').textContent());
  assert.ok(errorCount > 0, 'the Hà Giang roadmap has errors');
  await page.screenshot({ path: `${shots}/web-overview.png`, fullPage: true });
  assert.ok(page.workers().some((worker) => worker.url().includes('analysis.worker')), 'the checking runs in a Web Worker');

  step('the roadmap view lists the validation findings with their JSON pointers');
  await page.getByRole('link', { name: 'Lộ trình' }).click();
  const findings = page.getByRole('region', { name: 'Phát hiện' });
  await findings.getByText('/stated_totals/1/value').waitFor();
  await findings.getByText(/Văn bản nêu 30 dịch vụ ở mức độ 3 trở lên đến 2020/).waitFor();
  await page.screenshot({ path: `${shots}/web-roadmap.png`, fullPage: false });

  step('a finding about an entry selects its row (Thái Bình)');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('thaibinh-2013-roadmap');
  await findings.getByText('/entries/27/target_level').waitFor();
  const item = findings.locator('li', { hasText: '/entries/27/target_level' });
  await item.getByRole('button', { name: 'Xem dòng liên quan' }).click();
  await page.locator('tr#entry-27.selected').waitFor();
  assert.match(await page.locator('tr#entry-27').textContent(), /Xác nhận hợp đồng văn bản về bất động sản/);
  await page.screenshot({ path: `${shots}/web-roadmap-linked.png` });

  step('English toggle');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { name: 'Roadmap' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('button', { name: /Tiếng Việt/ }).click();
  await page.getByRole('heading', { name: 'Lộ trình' }).waitFor();

  step('the budget view of Hà Giang: totals by year and in words');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('hagiang-2013-roadmap');
  await page.getByRole('link', { name: 'Kinh phí' }).click();
  await page.getByText('Mười lăm tỷ hai trăm triệu đồng').waitFor();
  await page.getByText('Tám tỷ đồng').waitFor();
  await page.screenshot({ path: `${shots}/web-budget.png`, fullPage: true });

  step('the ICT-Index view of Lào Cai: rank changes in words');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('laocai-2018-ictindex-plan');
  await page.getByRole('link', { name: 'Chỉ số ICT' }).click();
  await page.getByText('Tăng 05 bậc, từ thứ 12 (năm 2016) lên thứ 7 (năm 2017)').first().waitFor();
  // The plan's own contradiction, under the change it prints, on a row marked as an error.
  const contradiction = page.locator('tr.has-error', { hasText: 'Hạ tầng kỹ thuật xã hội' });
  assert.equal(await contradiction.count(), 1, 'one row marked as an error');
  assert.match(await contradiction.locator('.field-note.error').textContent(), /xếp thứ 15 năm 2017 .*nhưng bảng xếp hạng ghi thứ 13/);
  await page.screenshot({ path: `${shots}/web-ictindex.png`, fullPage: true });

  step('importing a CSV with an unreadable amount shows the finding on row 5');
  const csv = readFileSync(join(examples, 'hagiang-2013-roadmap', 'budget.csv'), 'utf8').replace('4,Cấp giấy phép xây dựng,0.8,', '4,Cấp giấy phép xây dựng,abc,');
  assert.ok(csv.includes(',abc,'));
  await page.getByTestId('file-input').setInputFiles({ name: 'ngan-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('heading', { name: 'Kinh phí' }).waitFor();
  const invalid = findings.locator('li', { hasText: 'Không đọc được số tiền "abc"' });
  await invalid.waitFor();
  assert.match(await invalid.textContent(), /Dòng 5, cột C/);
  await page.locator('tr[data-row="5"].has-error').waitFor();
  await invalid.getByRole('button', { name: 'Xem dòng liên quan' }).click();
  await page.locator('tr[data-row="5"].selected').waitFor();
  assert.match(await page.locator('tr[data-row="5"]').textContent(), /Cấp giấy phép xây dựng/);

  step('the imported table does not say its unit: choosing tỷ đồng re-reads it');
  await page.getByRole('combobox', { name: 'Đơn vị của bảng' }).selectOption('ty');
  await page.getByText('Mười bốn tỷ bốn trăm triệu đồng').waitFor();
  assert.equal(await findings.locator('li', { hasText: 'không phải là một số nguyên đồng' }).count(), 0);
  await invalid.waitFor();
  await page.locator('tr[data-row="5"].has-error').waitFor();
  await page.screenshot({ path: `${shots}/web-import-error.png` });

  step('fixing the cell in place re-validates at once');
  const cell = page.getByRole('textbox', { name: /^Dòng 5, cột C/ });
  await cell.fill('0.8');
  await cell.press('Enter');
  await invalid.waitFor({ state: 'detached' });
  await page.getByText('Đã lưu trên máy này').waitFor();

  step('the import and the edit survive a reload (IndexedDB)');
  await page.reload();
  await page.getByRole('heading', { name: 'Kinh phí' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).inputValue(), 'imported');
  assert.equal(await page.getByRole('textbox', { name: /^Dòng 5, cột C/ }).inputValue(), '0.8');
  assert.equal(await findings.locator('li', { hasText: 'abc' }).count(), 0);
  await page.getByText('Mười lăm tỷ hai trăm triệu đồng').first().waitFor();

  step('the workspace exports as one JSON file and opens again');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất không gian làm việc' }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'egov-workspace');
  const file = exported.files.find((candidate) => candidate.name === 'ngan-sach.csv');
  assert.ok(file !== undefined && file.text.includes('Cấp giấy phép xây dựng,0.8,'));
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('hagiang-2013-roadmap');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { name: 'Budget' }).waitFor();
  await page.getByTestId('workspace-input').setInputFiles({ name: 'egov-workspace.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) });
  await page.getByRole('heading', { name: 'Kinh phí' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).inputValue(), 'imported');
  assert.equal(await page.getByRole('textbox', { name: /^Dòng 5, cột C/ }).inputValue(), '0.8');

  step('the table exports to XLSX and CSV, and @egov/io (in the app) reads both back identically');
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('table.sheet tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.querySelector('input')?.value ?? cell.textContent),
      ),
    );
  const before = await snapshot();
  assert.ok(before.length === 17, `17 rows (header + 16), found ${before.length}`);
  for (const [button, extension] of [['Tải XLSX', 'xlsx'], ['Tải CSV', 'csv']]) {
    const exportGroup = page.getByRole('group', { name: 'Xuất bảng: Kinh phí', exact: true });
    const [file] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name: button }).click()]);
    assert.equal(file.suggestedFilename(), `imported-ngan-sach.${extension}`);
    const bytes = readFileSync(await file.path());
    if (extension === 'xlsx') assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    await page.getByTestId('file-input').setInputFiles({ name: `ngan-sach.${extension}`, mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByRole('heading', { name: 'Kinh phí' }).waitFor();
    await page.locator('table.sheet').waitFor();
    assert.deepEqual(await snapshot(), before, `${extension} round trip`);
  }
  const [findingsFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Xuất bảng: Phát hiện', exact: true }).getByRole('button', { name: 'Tải CSV' }).click()]);
  assert.match(readFileSync(await findingsFile.path(), 'utf8'), /^\uFEFFMức,Luật,Nội dung,Tệp,Dòng,Cột,Đường dẫn/);

  // web-a: procedures view and the ICT-Index across provinces
  step('the procedures view of the 2026 catalogue: distribution by agency, and a search filters the rows');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('today-2026-catalogue');
  await page.getByRole('link', { name: 'Thủ tục' }).click();
  await page.getByRole('img', { name: 'Phân bố theo cơ quan chủ trì' }).waitFor();
  assert.equal(await page.getByTestId('procedures-total').textContent(), '41');
  const communeBar = page.getByTestId('distribution-table').locator('tbody tr', { hasText: 'Ủy ban nhân dân cấp xã' });
  assert.deepEqual(await communeBar.locator('td').allTextContents(), ['10', '11', '0', '6', '27']);
  const procedureRows = page.locator('table.procedures tbody tr');
  assert.equal(await procedureRows.count(), 41);
  await page.getByRole('searchbox', { name: 'Tìm theo tên, mã, lĩnh vực' }).fill('khai tu');
  await page.getByText('Đang hiện 2/41 thủ tục').waitFor();
  assert.deepEqual(await procedureRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row'))), ['4', '41']);
  await page.screenshot({ path: `${shots}/web-procedures.png`, fullPage: true });

  step('the ICT-Index of 63 provinces (synthetic data) re-ranks when a slider moves');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('synthetic-ictindex-63');
  await page.getByRole('link', { name: 'Chỉ số ICT' }).click();
  await page.getByRole('note').getByText('Dữ liệu mô phỏng').waitFor();
  const ranking = page.getByTestId('ict-ranking');
  assert.equal(await ranking.locator('tbody tr').count(), 63);
  const laoCaiRank = async () => Number(await ranking.locator('tbody tr', { has: page.getByRole('button', { name: 'Lào Cai', exact: true }) }).locator('td').first().textContent());
  const rankBefore = await laoCaiRank();
  await page.getByRole('combobox', { name: 'Nhóm chỉ số con' }).selectOption('online-services');
  for (const slider of await page.locator('input[type=range][data-indicator]').all()) {
    await slider.focus();
    await slider.press('End');
  }
  await page.getByTestId('whatif-rank').getByText(/→/).waitFor();
  const rankAfter = await laoCaiRank();
  assert.ok(rankAfter < rankBefore, `Lào Cai rises with every online-service share at its maximum (${rankBefore} → ${rankAfter})`);
  assert.match(await page.getByTestId('whatif-rank').textContent(), new RegExp(`thứ ${rankBefore} → thứ ${rankAfter} \\(tăng ${rankBefore - rankAfter} bậc\\)`));
  await page.screenshot({ path: `${shots}/web-ictindex-whatif.png` });
  // end web-a

  // web-export-whatif: the what-if settings are kept with the workspace (IndexedDB) and come back
  step('the what-if survives a reload, is restored with a note, and "Bỏ giả định" clears it');
  await page.getByRole('slider', { name: 'Ứng dụng CNTT' }).fill('2');
  const savedWhatIf = () =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('egov-web');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const read = request.result.transaction('workspace').objectStore('workspace').get('workspace');
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              resolve(read.result?.whatIf ?? null);
              request.result.close();
            };
          };
        }),
    );
  const whatIfKey = 'synthetic-ictindex-63/synthetic-ictindex-63.csv';
  for (let tries = 0; tries < 50 && (await savedWhatIf())?.[whatIfKey]?.weights?.['it-application'] !== 2; tries++) await page.waitForTimeout(100);
  const kept = (await savedWhatIf())?.[whatIfKey];
  assert.equal(kept?.weights?.['it-application'], 2, 'the group weight is saved');
  assert.equal(kept?.values?.unit, 'Lào Cai');
  const movedText = await page.getByTestId('whatif-rank').textContent();
  await page.reload();
  await page.getByTestId('whatif-restored').waitFor();
  assert.equal(await page.getByTestId('whatif-rank').textContent(), movedText, 'the same move after the reload');
  assert.equal(await page.getByRole('slider', { name: 'Ứng dụng CNTT' }).inputValue(), '2');
  await page.screenshot({ path: `${shots}/web-ictindex-whatif-restored.png`, fullPage: true });
  await page.getByRole('button', { name: 'Bỏ giả định' }).click();
  await page.getByTestId('whatif-rank').getByText(/giữ nguyên thứ/).waitFor();
  for (let tries = 0; tries < 50 && (await savedWhatIf()) !== null; tries++) await page.waitForTimeout(100);
  assert.equal(await savedWhatIf(), null, 'reset leaves no what-if in the workspace');
  // end web-export-whatif

  // web-b (issue 9): roadmap entry editing with undo, progress against targets, the report page
  step('editing a roadmap entry\'s level re-validates at once (Thái Bình 2020.1, an upgrade "from level 3" never at level 3, level 4 → 3)');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('thaibinh-2013-roadmap');
  await page.getByRole('link', { name: 'Lộ trình' }).click();
  await findings.getByText('/entries/27/target_level').waitFor();
  assert.equal(await page.getByTestId('progress-missed').textContent(), '0');
  await page.getByRole('button', { name: 'Sửa 2020.1', exact: true }).click();
  const level = page.locator('tr#entry-27').getByRole('combobox', { name: 'Mức độ' });
  await level.selectOption('3');
  await level.press('Enter');
  await findings.getByText('/entries/27/target_level').waitFor({ state: 'detached' });
  // 13 services at level 4 by 2020 (stated in II.1.1) is no longer reached by the schedule.
  await page.getByTestId('progress-missed').getByText('1').waitFor();
  await page.getByText('Đã lưu trên máy này').waitFor();
  await page.locator('tr#entry-27').screenshot({ path: `${shots}/web-roadmap-edited-row.png` });

  step('the edit survives a reload; undo restores level 4 and its finding; Ctrl+Shift+Z redoes');
  await page.reload();
  await page.locator('tr#entry-27').waitFor();
  assert.equal(await page.locator('tr#entry-27 td.num').first().textContent(), '3');
  assert.equal(await findings.getByText('/entries/27/target_level').count(), 0);
  await page.getByText('Đã sửa', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await findings.getByText('/entries/27/target_level').waitFor();
  assert.equal(await page.locator('tr#entry-27 td.num').first().textContent(), '4');
  await page.keyboard.press('Control+Shift+Z');
  await findings.getByText('/entries/27/target_level').waitFor({ state: 'detached' });
  await page.keyboard.press('Control+Z');
  await findings.getByText('/entries/27/target_level').waitFor();
  await page.screenshot({ path: `${shots}/web-roadmap-progress.png`, fullPage: true });

  step('the report page renders its sections, and prints without the navigation');
  await page.getByRole('link', { name: 'Báo cáo' }).click();
  await page.getByRole('heading', { name: 'Báo cáo tổng hợp' }).waitFor();
  for (const name of ['Số liệu chính', 'Phát hiện theo mức', 'Dự báo số dịch vụ theo mức độ', 'Tiến độ so với mục tiêu']) {
    await page.getByRole('heading', { name, exact: true }).waitFor();
  }
  await page.screenshot({ path: `${shots}/web-report.png`, fullPage: true });
  const countsExport = page.getByRole('group', { name: 'Xuất bảng: Phát hiện theo tệp', exact: true });
  assert.equal(await countsExport.isVisible(), true, 'the findings-by-file table has its export control on screen');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation').isVisible(), false, 'no navigation in print');
  assert.equal(await countsExport.isVisible(), false, 'no export control in print');
  assert.equal(await page.locator('.table-export').evaluateAll((groups) => groups.filter((group) => group.getBoundingClientRect().height > 0).length), 0, 'no export control in print');
  assert.equal(await page.getByRole('button', { name: 'In báo cáo' }).isVisible(), false, 'no print button in print');
  assert.equal(await page.getByRole('heading', { name: 'Báo cáo tổng hợp' }).isVisible(), true);
  await page.screenshot({ path: `${shots}/web-report-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // end web-b

  // export (issue 9): every table has the same export control
  step('the procedures table of today-2026 exports to CSV that @egov/io reads back with 41 rows');
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('today-2026-catalogue');
  await page.getByRole('link', { name: 'Thủ tục' }).click();
  await page.getByText('Đang hiện 41/41 thủ tục').waitFor();
  const proceduresExport = page.getByRole('group', { name: 'Xuất bảng: Thủ tục', exact: true });
  const [proceduresCsv] = await Promise.all([page.waitForEvent('download'), proceduresExport.getByRole('button', { name: 'Tải CSV' }).click()]);
  assert.equal(proceduresCsv.suggestedFilename(), 'today-2026-catalogue-procedures.csv');
  const proceduresBytes = readFileSync(await proceduresCsv.path());
  assert.equal(proceduresBytes.subarray(0, 3).toString('hex'), 'efbbbf', 'CSV starts with a UTF-8 BOM');
  const readBack = readCsv(proceduresBytes, { file: 'today-2026-catalogue-procedures.csv' });
  assert.ok(readBack.ok, 'the exported CSV reads back');
  assert.deepEqual(readBack.value.headers, ['Dòng', 'Mã', 'Tên thủ tục', 'Lĩnh vực', 'Cấp', 'Cơ quan chủ trì', 'Hình thức']);
  assert.equal(readBack.value.rows.length, 41);
  assert.deepEqual(readBack.value.rows[0].values.slice(1, 3), ['1.001193', 'Đăng ký khai sinh']);
  await proceduresExport.screenshot({ path: `${shots}/web-export-buttons.png` });
  await page.screenshot({ path: `${shots}/web-procedures-export.png` });
  // end export

  step('tablet width (1024×768)');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('combobox', { name: 'Bộ hồ sơ' }).selectOption('hagiang-2013-roadmap');
  await page.getByRole('link', { name: 'Lộ trình' }).click();
  await findings.getByText('/stated_totals/1/value').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 1024 px (overflow ${overflow})`);
  await page.screenshot({ path: `${shots}/web-roadmap-tablet.png` });

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  console.log('e2e: all checks passed');
  await cleanup();
  process.exit(0);
} catch (error) {
  console.error('e2e failed:', error);
  console.error(serverLog);
  await cleanup();
  process.exit(1);
}
