/// The GitHub workflow `sitegen init` writes into a site's `.github/workflows/site.yml`.
///
/// sitegen has no released binaries, so the workflow builds it from source, in the official
/// Swift container image, at the version that wrote the file (`SITEGEN_REF`) from the
/// repository the site owner names once (`SITEGEN_REPOSITORY`: a step fails with that message
/// until it is set), and caches the binary. Otherwise it does what sitegen's own workflow does
/// for its sample site: check and build on pull requests (problems as annotations), deploy to
/// GitHub Pages from `main` with the address Pages reports, check links again weekly.
enum SiteWorkflow {
    /// The value `SITEGEN_REPOSITORY` has until the owner sets it.
    static let unsetRepository = "https://github.com/OWNER/sitegen.git"

    static let text = """
        # Builds and publishes this sitegen site (written by `sitegen init`).
        #
        #   pull request   build, then `sitegen check --external`; every problem is shown as an
        #                  annotation on the pull request's changed lines.
        #   push to main   build with the GitHub Pages address as base URL, deploy public/ to Pages.
        #   weekly         check again, so links that break without a commit are found.
        #
        # One-time setup: set SITEGEN_REPOSITORY below to the git repository sitegen is built
        # from, and in Settings > Pages > Build and deployment, set Source to "GitHub Actions".
        name: Site

        on:
          pull_request:
          push:
            branches: [main]
          schedule:
            - cron: "23 5 * * 1"
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: site-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}

        env:
          # sitegen has no released binaries: it is built from source, from this repository at this
          # tag (the version that wrote this file), then cached.
          SITEGEN_REPOSITORY: \(unsetRepository)
          SITEGEN_REF: "\(SiteGenVersion.current)"

        jobs:
          build:
            runs-on: ubuntu-24.04
            # The official Swift image pins the toolchain sitegen needs and has git and apt.
            container: swift:6.3-noble
            permissions:
              contents: read
              pages: read
            steps:
              - name: Check out, with the full history (last-updated dates come from git)
                uses: actions/checkout@v6
                with:
                  fetch-depth: 0

              - name: Let git read the checkout
                # The container runs as root on a folder the runner's user owns; without this git
                # refuses the repository and every date falls back to the file's modification time.
                run: git config --global --add safe.directory "$GITHUB_WORKSPACE"

              - name: Install cmark-gfm, libcurl and mimalloc
                run: |
                  apt-get update
                  apt-get install -y --no-install-recommends libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev libmimalloc-dev

              - name: Cache sitegen
                id: sitegen-cache
                uses: actions/cache@v5
                with:
                  path: .sitegen-bin
                  key: sitegen-${{ env.SITEGEN_REF }}-swift-6.3

              - name: Build sitegen from source
                if: steps.sitegen-cache.outputs.cache-hit != 'true'
                run: |
                  if [ "$SITEGEN_REPOSITORY" = "\(unsetRepository)" ]; then
                    echo "::error file=.github/workflows/site.yml::set SITEGEN_REPOSITORY to the git repository sitegen is built from"
                    exit 1
                  fi
                  git clone --depth 1 --branch "$SITEGEN_REF" "$SITEGEN_REPOSITORY" "$RUNNER_TEMP/sitegen"
                  swift build -c release --product sitegen --package-path "$RUNNER_TEMP/sitegen"
                  mkdir -p .sitegen-bin
                  cp "$RUNNER_TEMP/sitegen/.build/release/sitegen" .sitegen-bin/

              - name: Look up the GitHub Pages address
                if: github.event_name == 'push'
                id: pages
                uses: actions/configure-pages@v6

              - name: Build the site
                # Under GitHub Actions sitegen prints each problem as an annotation as well.
                env:
                  PAGES_URL: ${{ steps.pages.outputs.base_url }}
                run: |
                  if [ -n "$PAGES_URL" ]; then
                    .sitegen-bin/sitegen build --base-url "${PAGES_URL%/}/"
                  else
                    .sitegen-bin/sitegen build
                  fi

              - name: Restore the link cache
                # Answers to earlier external link checks, so that only new and expired links are
                # asked. A failed check saves nothing, so a link that failed is asked again next time.
                if: github.event_name != 'push'
                uses: actions/cache@v5
                with:
                  path: .sitegen-cache
                  key: sitegen-links-${{ github.run_id }}-${{ github.run_attempt }}
                  restore-keys: sitegen-links-

              - name: Check the site and its external links
                if: github.event_name != 'push'
                run: .sitegen-bin/sitegen check --external

              - name: Upload public/ for GitHub Pages
                if: github.event_name == 'push'
                uses: actions/upload-pages-artifact@v4
                with:
                  path: public/

          deploy:
            if: github.event_name == 'push'
            needs: build
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v5

        """
}
