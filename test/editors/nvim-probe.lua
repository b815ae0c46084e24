-- Drives Neovim's built-in LSP client against the Disclose server and prints, as one JSON
-- line, what a Neovim user would see: diagnostics, a hover and the code actions.
-- Usage: nvim --headless --clean -u NONE -i NONE -n -c "luafile nvim-probe.lua" -- FILE SERVER_JS ROOT
local file, server, root = vim.fn.argv(0), vim.fn.argv(1), vim.fn.argv(2)
local function emit(tbl) io.stdout:write(vim.fn.json_encode(tbl), '\n') end

local ok, err = pcall(function()
  local started = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'disclose',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    settings = { disclose = { debounceMs = 0 } },
  })
  assert(client_id, 'the server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the buffer')
  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics within 30 s')

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source, code = lsp.code, href = lsp.codeDescription and lsp.codeDescription.href })
  end
  table.sort(diagnostics, function(a, b) return a.line < b.line end)
  local first = vim.diagnostic.get(bufnr)[1]
  local position = { line = first.lnum, character = first.col + 1 }
  local uri = vim.uri_from_bufnr(bufnr)

  local function request(method, params)
    local resp, e = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
    assert(resp, method .. ' failed: ' .. tostring(e))
    for _, r in pairs(resp) do
      if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
      return r.result
    end
  end

  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = position })
  -- The same context vim.lsp.buf.code_action() sends for the cursor line.
  local lsp_diags = vim.lsp.diagnostic.get_line_diagnostics(bufnr, first.lnum)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = position, ['end'] = position },
    context = { diagnostics = lsp_diags },
  }) or {}
  local titles = {}
  for _, a in ipairs(actions) do table.insert(titles, { title = a.title, kind = a.kind, preferred = a.isPreferred == true, hasEdit = a.edit ~= nil }) end

  emit({ ok = true, diagnostics = diagnostics, hover = hover and hover.contents, actions = titles, ms = math.floor((vim.loop.hrtime() - started) / 1e6) })
  vim.lsp.stop_client(client_id)
end)
if not ok then emit({ ok = false, error = tostring(err) }); vim.cmd('cquit 1') end
vim.cmd('qa!')
