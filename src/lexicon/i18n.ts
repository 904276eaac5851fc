import { topic, type LexiconEntry } from './types.js'

/**
 * Common topic words in Chinese, Japanese, Korean and Russian. Merged into the English entries of the
 * same key. Most non-English READMEs also use English technical terms, which the main entries catch.
 */
export const I18N_TOPICS: readonly LexiconEntry[] = [
  topic('ai', {
    strong:
      '人工智能, 机器学习, 深度学习, 大模型, 大语言模型, 人工知能, 機械学習, 深層学習, 인공지능, 머신러닝, 딥러닝, искусственный интеллект, машинное обучение, нейросеть, нейросети'
  }),
  topic('agent', { strong: '智能体, エージェント, 에이전트, агент, агенты' }),
  topic('algorithm', { strong: '算法, 数据结构, アルゴリズム, 알고리즘, алгоритмы, алгоритм' }),
  topic('authentication', { strong: '认证, 身份验证, 登录, 認証, 인증, аутентификация, авторизация' }),
  topic('blockchain', { strong: '区块链, ブロックチェーン, 블록체인, блокчейн' }),
  topic('bitcoin', { strong: '比特币, ビットコイン, 비트코인, биткоин' }),
  topic('blog', { strong: '博客, ブログ, 블로그, блог' }),
  topic('cache', { strong: '缓存, キャッシュ, 캐시, кэш, кеш' }),
  topic('chat', { strong: '聊天, 聊天机器人, 即时通讯, チャット, チャットボット, 채팅, 챗봇, чат, мессенджер' }),
  topic('cli', {
    strong: '命令行, 命令行工具, コマンドライン, 커맨드라인, 명령줄, командная строка, командной строки'
  }),
  topic('compiler', { strong: '编译器, コンパイラ, 컴파일러, компилятор' }),
  topic('crm', { strong: '客户关系管理, 顧客管理, 고객 관리' }),
  topic('database', { strong: '数据库, データベース, 데이터베이스, база данных, базы данных, субд' }),
  topic('desktop-app', { strong: '桌面应用, 桌面客户端, デスクトップアプリ, 데스크톱 앱, десктопное приложение' }),
  topic('ecommerce', { strong: '电商, 电子商务, 商城, 网店, 電子商取引, 쇼핑몰, интернет магазин' }),
  topic('editor', { strong: '编辑器, エディタ, エディター, 편집기, 에디터, редактор' }),
  topic('emulator', { strong: '模拟器, エミュレータ, 에뮬레이터, эмулятор' }),
  topic('filesystem', { strong: '文件系统, ファイルシステム, 파일 시스템, файловая система' }),
  topic('firmware', {
    strong:
      '固件, 嵌入式系统, 嵌入式开发, 单片机, ファームウェア, 組み込みシステム, マイコン, 펌웨어, 임베디드 시스템, прошивка, микроконтроллер',
    // "Embedded" alone also says embedded database or scripting, as in English.
    hint: '嵌入式, 組み込み, 임베디드, встраиваемый'
  }),
  topic('framework', { clear: '框架, フレームワーク, 프레임워크, фреймворк' }),
  topic('game', { strong: '游戏, ゲーム, 게임, игра' }),
  topic('game-engine', { strong: '游戏引擎, ゲームエンジン, 게임 엔진, игровой движок' }),
  topic('gui', {
    strong:
      '图形界面, 图形用户界面, 桌面界面, グラフィカルユーザインタフェース, 그래픽 사용자 인터페이스, графический интерфейс'
  }),
  topic('http-client', { strong: 'http 客户端, http クライアント, http 클라이언트, http клиент' }),
  topic('iot', { strong: '物联网, 智能家居, モノのインターネット, 사물인터넷, интернет вещей, умный дом' }),
  topic('k8s', { strong: '容器编排, k8s 集群, kubernetes 集群, kubernetes 클러스터, кластер kubernetes' }),
  topic('language', {
    strong:
      '编程语言, 脚本语言, 解释器, プログラミング言語, インタプリタ, 프로그래밍 언어, язык программирования, интерпретатор'
  }),
  topic('learning-resource', {
    strong:
      '教程, 学习资料, 入门教程, 面试题, チュートリアル, 入門, 튜토리얼, 강좌, учебник, курс, руководство для начинающих',
    // "This book", "e-book", "books", "primer": a book says so in its first lines.
    clear: '本书, 电子书, 书籍, 入门'
  }),
  topic('lib', { clear: '类库, 开发库, ライブラリ, 라이브러리, библиотека' }),
  topic('linter', { strong: '代码检查, 静的解析, 정적 분석, линтер, статический анализ' }),
  topic('logging', { strong: '日志, ロギング, ログ, 로깅, 로그, логирование, журналирование' }),
  topic('message-queue', {
    strong: '消息队列, 消息中间件, メッセージキュー, 메시지 큐, очередь сообщений, брокер сообщений'
  }),
  topic('mobile-app', {
    strong: '移动应用, 手机应用, 安卓, スマホアプリ, モバイルアプリ, 모바일 앱, мобильное приложение'
  }),
  topic('monitoring', { strong: '监控, 監視, モニタリング, 모니터링, мониторинг' }),
  topic('networking', { strong: '网络, 网络协议, ネットワーク, 네트워크, сеть, сетевой' }),
  topic('nlp', {
    strong:
      '自然语言处理, 中文分词, 分词, 词性标注, 情感分析, 自然言語処理, 形態素解析, 자연어 처리, 형태소 분석, обработка естественного языка, морфологический анализ'
  }),
  topic('os', { strong: '操作系统, オペレーティングシステム, 운영체제, операционная система, ядро' }),
  topic('parser', { strong: '解析器, パーサ, パーサー, 파서, парсер' }),
  topic('real-time', { strong: '实时, リアルタイム, 실시간, в реальном времени' }),
  topic('robot', { strong: '机器人, ロボット, 로봇, робот, робототехника' }),
  topic('search', {
    strong: '搜索引擎, 全文搜索, 全文検索, 検索エンジン, 검색 엔진, поисковый движок, полнотекстовый поиск'
  }),
  topic('security', {
    strong: '安全, 网络安全, 渗透测试, 漏洞, セキュリティ, 脆弱性, 보안, 취약점, безопасность, уязвимости'
  }),
  topic('storage', { strong: '对象存储, 分布式存储, 存储, オブジェクトストレージ, ストレージ, 스토리지, хранилище' }),
  topic('terminal', { strong: '终端, ターミナル, 터미널, терминал' }),
  topic('testing', { strong: '测试, 单元测试, テスト, 単体テスト, 테스트, тестирование' }),
  topic('video', { strong: '视频, 直播, 動画, ビデオ, 동영상, 비디오, видео' }),
  topic('web-server', { strong: 'web 服务器, ウェブサーバ, 웹 서버, веб сервер' }),
  topic('workflow', { strong: '工作流, ワークフロー, 워크플로, рабочий процесс' })
]
