import { topic, type LexiconEntry } from './types.js'

/**
 * Software for the public and for makers: government, news, social good, internet policy, design, virtual
 * reality, screen recording and voice assistants. Organisations tag by these as often as by technology,
 * and the featured topics know few of them.
 */
export const SOCIETY_TOPICS: readonly LexiconEntry[] = [
  topic('government', {
    aliases: 'gov, govtech, civic-tech, civictech, e-government, egovernment, public-sector',
    strong:
      'government, governments, civic tech, civic technology, public sector, public services, federal agency, government agency, government agencies, open government, e government, digital government, municipal, municipalities, local government, city council, legislation, elections, election results, voting system',
    clear:
      'citizens, civic, agencies, federal, ministry, census, parliament, legislative, policy makers, public records, public administration, code for america, government digital service, digital service, usds, 18f, nasa, gov uk, open data portal',
    hint: 'public, services, cities, officials'
  }),
  topic('journalism', {
    aliases: 'news, newsroom, data-journalism',
    strong:
      'journalism, journalist, journalists, newsroom, newsrooms, news organization, news organizations, data journalism, investigative journalism, fact checking, news apps, reporters, news outlets, editorial team',
    clear:
      'news, media organizations, news articles, newspaper, news site, news website, editorial, new york times, washington post, the guardian, bbc news, npr, reuters, associated press, propublica',
    // Software reports too: errors, coverage, test results.
    hint: 'reporting, reporter, articles, publishers, headlines, stories'
  }),
  topic('social-impact', {
    aliases: 'social-good, nonprofit, nonprofits, non-profit, humanitarian, charity, tech-for-good',
    strong:
      'social impact, social good, nonprofit, nonprofits, non profit, non profits, humanitarian, disaster response, disaster relief, crisis response, charity, charities, ngo, ngos, refugees, tech for good, volunteer management',
    // Who social-good software serves: people and places that markets serve least.
    clear:
      'communities in need, donations, donors, crisis, poverty, sustainability, underserved, developing world, developing countries, low resource settings, mental health, people with disabilities, disabilities, lgbtq, transgender, indigenous communities, marginalized communities, underrepresented, inequality, social justice, human rights, global health',
    // Open source projects thank their volunteers too.
    hint: 'volunteer, volunteers, community, communities, impact, mission, relief, inclusive, inclusion, equity'
  }),
  topic('net-neutrality', {
    aliases: 'internet-freedom, open-internet',
    strong:
      'net neutrality, open internet, internet freedom, throttling, internet service providers, internet service provider, isp, isps, fcc, bandwidth throttling, traffic discrimination',
    clear: 'broadband, internet access, surveillance, speed test',
    hint: 'internet, providers, traffic, bandwidth'
  }),
  topic('censorship-circumvention', {
    aliases:
      'censorship, internet-censorship, anti-censorship, circumvention, internet-censorship-circumvention, censorship-resistance',
    strong:
      'censorship circumvention, internet censorship, circumvent censorship, circumventing censorship, bypass censorship, anti censorship, censorship resistant, censorship resistance, bypass firewalls, bypass the firewall, great firewall, gfw, pluggable transports, network restrictions, tunnel proxy, obfuscated proxy',
    clear: 'censorship, circumvention, obfuscation, socks5 proxy, blocked websites, tor, bypass, tunneling',
    hint: 'proxy, proxies, vpn, tunnel, firewall, firewalls, restrictions, freedom, privacy'
  }),
  // Software about its own footprint: how much energy and carbon computing costs, and how to spend less.
  topic('green-software', {
    aliases: 'green-computing, sustainable-software, green-it, carbon-aware, sustainable-computing',
    strong:
      'green software, green computing, sustainable software, carbon footprint, carbon emissions, co2 emissions, energy consumption, power consumption, energy efficiency, energy efficient, carbon aware, carbon intensity, greenhouse gas, emissions estimation, environmental footprint, environmental impact of',
    clear: 'co2, carbon, watts, power usage, energy usage, electricity consumption, climate impact, sustainability',
    hint: 'energy, power, emissions, climate, green, efficiency'
  }),
  topic('policy', {
    aliases: 'policies, governance, open-source-policy',
    strong:
      'open source policy, open source policies, governance model, project governance, contributor license agreement, acceptable use policy, open source program office, ospo, policy documents',
    // Most READMEs link a code of conduct or a privacy policy: of a project about policy they only hint.
    clear: 'policy, policies, governance, guidelines, compliance, legal',
    hint: 'code of conduct, privacy policy, terms of service, licensing, principles'
  }),
  topic('design', {
    aliases: 'design-tools, ui-design, graphic-design, web-design',
    strong:
      'design tool, design tools, ui design, graphic design, web design, figma, sketch app, adobe xd, wireframes, wireframing, mockups, color palette, color palettes, design system, design systems, designers',
    clear:
      'designer, prototyping, illustrations, typography, color schemes, gradients, icons, icon set, visual design, inspiration',
    hint: 'design, colors, beautiful, visual'
  }),
  topic('virtual-reality', {
    aliases: 'vr, xr, ar, augmented-reality, mixed-reality, webxr',
    strong:
      'virtual reality, vr, augmented reality, mixed reality, xr, webxr, openxr, steamvr, oculus, meta quest, vr headset, vr headsets, hololens, arkit, arcore, aframe',
    clear: 'headset, headsets, immersive, hand tracking, stereoscopic, 360 video',
    hint: '3d, scenes, controllers'
  }),
  topic('screen-recording', {
    aliases: 'screen-recorder, screencast, screen-capture, screenshot, screenshots',
    strong:
      'screen recorder, screen recorders, screen recording, record your screen, screencast, screencasts, screen capture, screenshot tool, screenshot app, gif recorder, record screen, obs studio',
    clear: 'screenshot, screenshots, webcam, annotate',
    hint: 'record, recording, recordings, capture, clips'
  }),
  topic('voice-assistant', {
    aliases: 'personal-assistant, virtual-assistant, voice-assistants',
    strong:
      'voice assistant, voice assistants, virtual assistant, personal assistant, digital assistant, wake word, hotword, voice commands, voice control, smart speaker, alexa, siri, google assistant, mycroft, rhasspy',
    clear: 'speech recognition, speech to text, text to speech, jarvis',
    hint: 'voice, assistant, commands, skills, reminders'
  })
]
