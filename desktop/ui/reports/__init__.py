"""Reports 报表, as a package: the page (`page.Page`: the paper list, the
actions and their progress), the options form that follows the chosen paper
kind (`options.OptionsForm`, driven by desktop.services.papers.kinds), and
the certificate register box (`certificates.CertificatesBox`)."""
