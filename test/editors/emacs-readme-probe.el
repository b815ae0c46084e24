;; Loads the README's eglot snippet, opens FILE, runs M-x disclose-eglot and prints what flymake
;; shows as one JSON line. Usage: emacs --batch -Q -l emacs-readme-probe.el SNIPPET FILE
(require 'package)
;; -Q skips Debian's site start-up: find elpa-eglot (Emacs 28) where Debian installs it.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'json)
(let ((snippet (expand-file-name (nth 0 command-line-args-left)))
      (file (expand-file-name (nth 1 command-line-args-left))))
  (setq command-line-args-left nil)
  (load snippet nil t)
  ;; Emacs 28 has no TypeScript mode of its own; js-mode stands in for typescript-mode.
  (add-to-list 'auto-mode-alist '("\\.tsx?\\'" . js-mode))
  (condition-case err
      (with-current-buffer (switch-to-buffer (find-file-noselect file))
        (call-interactively #'disclose-eglot)
        (let ((deadline (+ (float-time) 30)))
          (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
            (accept-process-output nil 0.05)
            (flymake-start)))  ; batch: flymake never starts by itself
        (let ((diags (mapcar (lambda (d)
                               (list (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))
                                     (cons 'message (flymake-diagnostic-text d))))
                             (flymake-diagnostics))))
          (princ (json-encode `((ok . ,(if diags t :json-false))
                                (mode . ,(symbol-name major-mode))
                                (server . ,(let ((s (eglot-current-server))) (and s (plist-get (eglot--server-info s) :name))))
                                (diagnostics . ,(vconcat diags)))))
          (terpri)
          (let ((eglot-autoshutdown nil)) (eglot-shutdown (eglot-current-server)))))
    (error (princ (json-encode `((ok . :json-false) (error . ,(error-message-string err))))) (terpri)
           (kill-emacs 1)))
  (kill-emacs 0))
