-- Run after an init.lua that holds the README's Neovim snippet: waits until the current buffer
-- has Disclose's diagnostics and prints them, with the attached clients, as one JSON line.
local bufnr = vim.api.nvim_get_current_buf()
local ok = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, { line = d.lnum, source = d.source, code = lsp.code })
end
table.sort(diagnostics, function(a, b) return a.line < b.line end)
local clients = {}
for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(clients, c.name) end
io.stdout:write(vim.fn.json_encode({ ok = ok, filetype = vim.bo.filetype, diagnostics = diagnostics, clients = clients }), '\n')
vim.cmd('qa!')
